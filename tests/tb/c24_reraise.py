# test: full-stderr
def inner():
    raise ValueError("inner")
def middle():
    try:
        inner()
    except ValueError as e:
        err = e
    raise err
middle()
