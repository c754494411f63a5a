# test: full-stderr
x = \
  """abc

