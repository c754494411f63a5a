# test: full-stderr
def h(*a, **k):
    raise ValueError
h(1,
  2,
  3,
  4,
  5,
  key=6)
