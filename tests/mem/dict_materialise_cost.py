# Cost of touching obj.__dict__ on N existing instances (3.11+: a 64-byte dict
# object pointing at the existing values; before: already a dict).
import gc, tracemalloc
class C:
    def __init__(self):
        self.a = None
        self.b = None
objs = [C() for i in range(10000)]
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
for o in objs:
    o.__dict__
print((tracemalloc.get_traced_memory()[0] - base) // len(objs))
base = tracemalloc.get_traced_memory()[0]
for o in objs:
    o.c = None
print((tracemalloc.get_traced_memory()[0] - base) // len(objs))
tracemalloc.stop()
