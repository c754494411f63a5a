class HelperError(Exception):
    pass
def fail(x):
    if x:
        raise HelperError("from helper")
    return 1 / 0
