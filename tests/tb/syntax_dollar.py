# test: full-stderr
x = $
