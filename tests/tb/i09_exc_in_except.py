# test: full-stderr
def handler():
    try:
        return int("x")
    except ValueError as e:
        return e.missing_attribute
handler()
