# test: full-stderr
def f():
    return abcdefgh
f()
