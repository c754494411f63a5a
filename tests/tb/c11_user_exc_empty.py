# test: full-stderr
class Oops(Exception):
    pass
def f():
    raise Oops
f()
