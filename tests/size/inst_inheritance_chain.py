# Inheritance chains: each level adds attributes in its __init__.
import sys
class A:
    def __init__(self):
        self.a = 1
class B(A):
    def __init__(self):
        super().__init__()
        self.b = 2
class C(B):
    def __init__(self):
        super().__init__()
        self.c = 3
        self.d = 4
for cls in (A, B, C):
    keep = [cls() for i in range(40)]
    o = cls()
    print(cls.__name__, cls.__basicsize__, cls.__dictoffset__, sys.getsizeof(o), sys.getsizeof(o.__dict__), len(o.__dict__))
class SA:
    __slots__ = ('a',)
class SB(SA):
    __slots__ = ('b',)
class SC(SB):
    __slots__ = ('c', 'd')
class SE(SC):
    pass
for cls in (SA, SB, SC, SE):
    print(cls.__name__, cls.__basicsize__, cls.__dictoffset__, cls.__weakrefoffset__, sys.getsizeof(cls()))
