# test: full-stderr
x = None
x.append(1)
