# Class objects: type.__basicsize__ + GC header + the shared keys (if any).
import sys
class Plain:
    pass
class WithInit:
    def __init__(self):
        self.a = 1
        self.b = 2
class S1:
    __slots__ = ('a',)
class S8:
    __slots__ = tuple('abcdefgh')
class SD:
    __slots__ = ('__dict__',)
class Sub(Plain):
    pass
class SSub(S1):
    __slots__ = ()
print('type basicsize', type.__basicsize__, type.__itemsize__)
for c in (Plain, WithInit, S1, S8, SD, Sub, SSub):
    print(c.__name__, sys.getsizeof(c), type.__sizeof__(c))
WithInit()
print('after instance', sys.getsizeof(WithInit))
