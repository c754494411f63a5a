# Traced bytes per instance along inheritance chains.
from _meas import per
class A:
    def __init__(self):
        self.a = None
class B(A):
    def __init__(self):
        super().__init__()
        self.b = None
class SA:
    __slots__ = ('a',)
    def __init__(self):
        self.a = None
class SB(SA):
    __slots__ = ('b',)
    def __init__(self):
        super().__init__()
        self.b = None
class SBPlain(SA):
    def __init__(self):
        super().__init__()
        self.b = None
for cls in (A, B, SA, SB, SBPlain):
    print(cls.__name__, per(cls))
