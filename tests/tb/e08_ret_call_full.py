# test: full-stderr
def boom():
    raise ValueError
def f():
    return boom()
def g():
    x = boom()
g()
