# No __init__: 20000 instances, then a, b, c set on each one (3.11+: the
# shared keys have no room left after the first new name).
import gc, tracemalloc
class C:
    pass
objs = [C() for i in range(20000)]
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
for o in objs:
    o.a = None
    o.b = None
    o.c = None
print((tracemalloc.get_traced_memory()[0] - base) // len(objs))
tracemalloc.stop()
