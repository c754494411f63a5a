# test: full-stderr
def check(x):
    raise ValueError(x)
if check(1):
    pass
