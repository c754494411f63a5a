# The classic C3 linearization example and a failing one.
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
for cls in (A, B, C):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
class K1(O): pass
class K2(O): pass
class K3(O): pass
class Z1(K1, K2): pass
class Z2(K2, K3): pass
class Z(Z1, Z2): pass
print([k.__name__ for k in Z.__mro__])
try:
    class X(O, F):
        pass
except TypeError as e:
    print('TypeError:', e)
class Left:
    tag = 'left'
class Right:
    tag = 'right'
    extra = 'from right'
class Both(Left, Right):
    pass
print(Both.tag, Both.extra, [k.__name__ for k in Both.__mro__])
print(issubclass(A, O), issubclass(Z, K3), isinstance(A(), D))
