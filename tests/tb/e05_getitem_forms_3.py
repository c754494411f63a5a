# test: full-stderr
def f(i):
    x = [[1, 2], [3]]
    if i == 0: return x[1][5]
    if i == 1: return (x)[9]
    if i == 2: return x[0 :: 1][7]
    if i == 3: return x[1] [  4  ]
f(3)
