# super() through a slotted hierarchy.
class A:
    __slots__ = ('a',)
    def __init__(self):
        self.a = 'A'
    def who(self):
        return ['A']

class B(A):
    __slots__ = ('b',)
    def __init__(self):
        super().__init__()
        self.b = 'B'
    def who(self):
        return ['B'] + super().who()

class C(B):
    __slots__ = ('c',)
    def __init__(self):
        super().__init__()
        self.c = 'C'
    def who(self):
        return ['C'] + super().who()

c = C()
print(c.a, c.b, c.c, c.who())
print(C.__slots__, [k.__name__ for k in C.__mro__])
