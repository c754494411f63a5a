# test: full-stderr
try:
    try:
        raise ValueError("one")
    except ValueError as e:
        raise KeyError("two") from e
except KeyError:
    raise RuntimeError("three")
