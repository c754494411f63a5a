# test: full-stderr
my_variable = 1
def f():
    return my_varable
f()
