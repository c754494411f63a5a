# test: full-stderr
def boom(x):
    raise ValueError(x)
print(str(boom(1)))
