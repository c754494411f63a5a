# __class__ assignment between different layouts.
class A:
    __slots__ = ('x',)

class B:
    __slots__ = ('y',)

o = A()
o.__class__ = B
