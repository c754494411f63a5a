# test: full-stderr
x = 1
x += "a"
