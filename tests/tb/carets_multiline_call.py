# test: full-stderr
def g(a, b, c):
    return a / b

x = 1
y = g(x,
      0,
      3)
