# Same slot names in two bases still conflict.
class A:
    __slots__ = ('x',)

class B:
    __slots__ = ('x',)

class C(A, B):
    __slots__ = ()
