# Several incompatible __class__ assignments, caught.
class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('x', 'y')
class C:
    pass
class D:
    __slots__ = ('x',)

for target in (B, C, D, int):
    o = A()
    try:
        o.__class__ = target
        print(target.__name__, 'ok')
    except TypeError as e:
        print(target.__name__, 'TypeError:', e)
