# test: full-stderr
def f():
	if True:
	    return 1 +* 2
