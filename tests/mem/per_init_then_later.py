# a, b set in __init__ on 20000 instances; then c on every one; then d.
import gc, sys, tracemalloc
class C:
    def __init__(self):
        self.a = None
        self.b = None
objs = [C() for i in range(20000)]
gc.collect()
for name in ('c', 'd'):
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    for o in objs:
        setattr(o, name, None)
    print(name, (tracemalloc.get_traced_memory()[0] - base) // len(objs))
    tracemalloc.stop()
print('dict', sys.getsizeof(objs[-1].__dict__))
