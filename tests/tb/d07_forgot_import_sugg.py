# test: full-stderr
def f():
    maths = 1
    return math.pi
f()
