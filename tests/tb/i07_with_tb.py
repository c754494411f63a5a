# test: full-stderr
def f():
    raise ValueError("orig")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
raise KeyError("new").with_traceback(tb)
