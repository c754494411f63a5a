# test: full-stderr
data = [[1, 2, 3]]
x = data[0][
    1 +
    10
]
