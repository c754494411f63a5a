# Attribute values that are new objects add their own size.
from _meas import per
import itertools
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
c = itertools.count(1000)
print('shared None', per(lambda: P(None, None)))
print('small ints', per(lambda: P(1, 2)))
print('new ints', per(lambda: P(next(c), next(c))))
print('new floats', per(lambda: P(next(c) * 0.5, 1.5)))
print('new lists', per(lambda: P([], [])))
