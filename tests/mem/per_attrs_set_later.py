# No __init__: 20000 instances are created, then attributes added on each.
import gc, tracemalloc
class C:
    pass
objs = [C() for i in range(20000)]
gc.collect()
for names in (('a',), ('b', 'c')):
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    for o in objs:
        for name in names:
            setattr(o, name, None)
    print(names, (tracemalloc.get_traced_memory()[0] - base) // len(objs))
    tracemalloc.stop()
