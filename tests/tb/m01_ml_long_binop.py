# test: full-stderr
def f():
    a = 1
    b = "s"
    return (a
            +
            a
            +
            a
            +
            a
            +
            b)
f()
