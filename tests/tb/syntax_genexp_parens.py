# test: full-stderr
f(a for a in b, c)
