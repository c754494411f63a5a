# 3.13 inline values: sys.getsizeof stays the same whatever the number of
# attributes; the class zoo rows with INLINE_VALUES.
import sys
class P:
    pass
objs = [P() for i in range(3)]
for i in range(35):
    setattr(objs[0], 'a%d' % i, i)
    if i in (0, 1, 5, 10, 28, 29, 30, 34):
        print(i + 1, sys.getsizeof(objs[0]), sys.getsizeof(objs[0].__dict__))
print('other', sys.getsizeof(objs[1]))
print('iv flag', bool(P.__flags__ & (1 << 2)))
class Q(P):
    __slots__ = ('x',)
print('with slot', bool(Q.__flags__ & (1 << 2)), sys.getsizeof(Q()))
