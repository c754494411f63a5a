# Unbound cell and free variables: the message names the right variable.
def f():
    a = 1
    x = 2
    def g(): return x
    del x
    try:
        del x
    except NameError as e:
        print(type(e).__name__, e)
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
f()
