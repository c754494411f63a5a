# test: full-stderr
x = (1,
     """é€

foo
