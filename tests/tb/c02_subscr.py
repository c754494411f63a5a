# test: full-stderr
d = {"a": [1, 2, 3]}
def g():
    return d["a"][5]
def h():
    return d [ "b" ]
try:
    g()
except IndexError as e:
    print(repr(e))
h()
