# __sizeof__ called directly never includes the GC header; object.__sizeof__
# uses basicsize + itemsize * len.
import sys
class S:
    __slots__ = ('a', 'b')
class P:
    pass
for x in (S(), P(), [], {}, (), (1, 2, 3), 'abc', b'abc', 12, 2**100, 1.0, set(), object()):
    print(type(x).__name__, x.__sizeof__(), sys.getsizeof(x) - x.__sizeof__())
print(object.__sizeof__(S()), object.__sizeof__((1, 2, 3)), object.__sizeof__(2**100))
print(object.__sizeof__([1, 2]), object.__sizeof__('abc'))
