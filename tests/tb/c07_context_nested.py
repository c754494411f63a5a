# test: full-stderr
def a():
    raise ValueError("first")
def b():
    try:
        a()
    except ValueError:
        raise RuntimeError("second")
def c():
    try:
        b()
    except RuntimeError:
        x = undefined_name
c()
