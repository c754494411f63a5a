# test: full-stderr
def outer():
    def inner():
        return x
    r = inner()
    x = 1
    return r
outer()
