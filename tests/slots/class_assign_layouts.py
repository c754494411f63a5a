# __class__ assignment: which layouts CPython accepts.
class A:
    __slots__ = ('x', 'y')
class B:
    __slots__ = ('y', 'x')
class C:
    __slots__ = ('x', 'z')
class D(A):
    pass
class E(A):
    __slots__ = ()
class F:
    pass
class G:
    __slots__ = ('__dict__',)
class H(F):
    __slots__ = ()

def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print(type(obj).__name__, 'ok')
    except TypeError as e:
        print('TypeError:', e)

attempt(A(), B)
attempt(A(), C)
attempt(A(), E)
attempt(E(), A)
attempt(A(), D)
attempt(F(), G)
attempt(F(), H)
attempt(H(), F)
attempt(F(), object)
attempt(1, F)
try:
    del F().__class__
except TypeError as e:
    print('TypeError:', e)
try:
    F().__class__ = 1
except TypeError as e:
    print('TypeError:', e)
