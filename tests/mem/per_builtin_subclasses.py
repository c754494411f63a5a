# Per-instance traced bytes of empty subclasses of built-in types, no attributes
# and one attribute.
from _meas import per
class L(list): pass
class D(dict): pass
class F(float): pass
class T(tuple): pass
class L1(list): __slots__ = ('a',)
print('list', per(L), per(lambda: list()))
print('dict', per(D), per(lambda: dict()))
print('float', per(lambda: F(1.5)))
print('tuple', per(lambda: T((1, 2))))
print('list slots', per(L1))
def tagged():
    x = L()
    x.tag = None
    return x
print('list+attr', per(tagged))
