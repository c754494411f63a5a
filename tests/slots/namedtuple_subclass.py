# Subclassing a namedtuple with and without __slots__.
from collections import namedtuple

Base = namedtuple('Base', 'a b')

class WithSlots(Base):
    __slots__ = ()
    def total(self):
        return self.a + self.b

class WithoutSlots(Base):
    pass

w = WithSlots(1, 2)
print(w.total(), hasattr(w, '__dict__'))
n = WithoutSlots(1, 2)
n.extra = 'ok'
print(n.extra, vars(n))
try:
    class Bad(Base):
        __slots__ = ('c',)
except TypeError as e:
    print('TypeError:', e)
w.c = 1
