# test: full-stderr
class U:
    name = 1
U().nmae
