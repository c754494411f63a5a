# Consecutive objects of one size class are allocated into the same pymalloc
# pools: the most common id() difference between consecutive fresh objects is
# the block size (round16 of the allocation, GC header and pre-header included).
from collections import Counter
class S0: __slots__ = ()
class S1: __slots__ = ('a',)
class S2: __slots__ = ('a', 'b')
class S3: __slots__ = ('a', 'b', 'c')
class S4: __slots__ = ('a', 'b', 'c', 'd')
class S1W: __slots__ = ('a', '__weakref__')
class Plain: pass
class Plain2:
    def __init__(self):
        self.a = 1
        self.b = 2
def mode_step(make, n=2000):
    objs = [None] * n
    for i in range(n):
        objs[i] = make()
    diffs = Counter(id(objs[i + 1]) - id(objs[i]) for i in range(n - 1))
    return diffs.most_common(1)[0][0]
for make in (S0, S1, S2, S3, S4, S1W, Plain, Plain2, object, lambda: 1.5 * len('ab'), lambda: (1, len('x'))):
    print(getattr(make, '__name__', '?'), mode_step(make))
