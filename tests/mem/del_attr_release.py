# Deleting attributes: what each version frees.
import gc, tracemalloc
class C:
    def __init__(self):
        self.a = None
        self.b = None
keep = [C() for i in range(40)]
objs = [C() for i in range(5000)]
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
for o in objs:
    del o.b
print('del b', (tracemalloc.get_traced_memory()[0] - base) // len(objs))
for o in objs:
    del o.a
print('del a', (tracemalloc.get_traced_memory()[0] - base) // len(objs))
for o in objs:
    o.a = None
print('set a', (tracemalloc.get_traced_memory()[0] - base) // len(objs))
tracemalloc.stop()
