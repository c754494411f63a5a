# Subclass (no __slots__) of a 1-slot class, slot unset, n dict attributes.
from _meas import per, make_class
class S1:
    __slots__ = ('a',)
for n in (0, 1, 2, 3, 5, 8, 10):
    print(n, per(make_class(n, base=S1)))
