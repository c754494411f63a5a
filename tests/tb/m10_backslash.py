# test: full-stderr
x = 1 + \
    "a"
