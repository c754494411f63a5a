# A snapshot's lines and counts, and what taking it costs: CPython builds
# the raw traces without tracing them and makes Trace objects only on
# demand.  Blocks reused from a free list keep the line that first
# allocated them (float(i) below reuses the floats __float__ makes).
import gc, sys, tracemalloc

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

gc.collect()
tracemalloc.start()
objs = [Slotted(i, float(i)) for i in range(20000)]
before = tracemalloc.get_traced_memory()[0]
snap = tracemalloc.take_snapshot()
after = tracemalloc.get_traced_memory()[0]
mine = [s for s in snap.statistics('lineno') if s.traceback[0].filename.endswith('snapshot_after.py')]
top = mine[0]   # the list, its objects, their ints and floats
print(top.traceback[0].lineno, top.count // 100, top.size // 20000)
print(len(snap.traces) >= sum(s.count for s in mine), after - before < 2000)
tr = snap.traces[0]
print(type(tr).__name__, type(snap.traces[:2]).__name__, repr(snap.traces).startswith('<Traces len='))
