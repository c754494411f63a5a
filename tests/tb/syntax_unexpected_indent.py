# test: full-stderr
x = 1
  y = 2
