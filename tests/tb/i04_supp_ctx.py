# test: full-stderr
try:
    1/0
except ZeroDivisionError:
    e = ValueError("x")
    e.__suppress_context__ = True
    raise e
