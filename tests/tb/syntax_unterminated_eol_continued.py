# test: full-stderr
if True:
    x = 'abc\
def
