# test: full-stderr
def f():
    print(value)
    value = 1
f()
