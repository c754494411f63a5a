# Two bases with nonempty slots: layout conflict.
class A:
    __slots__ = ('a',)

class B:
    __slots__ = ('b',)

class C(A, B):
    pass
