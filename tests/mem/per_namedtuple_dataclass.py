# namedtuple vs dataclass vs slotted class per instance.
from collections import namedtuple
from dataclasses import dataclass
from _meas import per
P = namedtuple('P', 'x y')
@dataclass
class D:
    x: int
    y: int
class S:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
print('namedtuple', per(lambda: P(1, 2)))
print('dataclass', per(lambda: D(1, 2)))
print('slots', per(lambda: S(1, 2)))
print('tuple', per(lambda: (len('a'), 2)))
