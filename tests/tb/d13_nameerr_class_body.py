# test: full-stderr
class K:
    value = 1
    other = valu + 1
