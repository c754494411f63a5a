# test: full-stderr
try:
    raise ValueError("in try")
finally:
    raise KeyError("in finally")
