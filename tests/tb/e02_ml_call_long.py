# test: full-stderr
def g(*args):
    raise ValueError("v")
x = g(
    1,
    2,
    3,
    4,
    5,
)
