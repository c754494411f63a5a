# Function objects (the code object is not included), lambdas, builtins.
import sys
def f():
    pass
def g(a, b=1, *args, c, **kw):
    "doc"
    return a
lam = lambda x: x
print('def', sys.getsizeof(f), f.__sizeof__())
print('def args', sys.getsizeof(g))
print('lambda', sys.getsizeof(lam))
print('builtin', sys.getsizeof(len), sys.getsizeof(print))
def h():
    pass
h.attr = 1
print('with attr', sys.getsizeof(h))
print('same type', type(f) is type(lam))
