# test: full-stderr
def f(n):
    if n == 0:
        raise ValueError("done")
    return f(n - 1)
f(5)
