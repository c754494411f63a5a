# A lesson-like mix: sizes with sys.getsizeof and memory with tracemalloc
# on, for plain and slotted classes, as the __slots__ lessons do.
import sys
import tracemalloc

class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b

print('sizes:', sys.getsizeof(Slotted(1, 2)), sys.getsizeof([]), sys.getsizeof(()),
      sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof(10**30))

tracemalloc.start()
for cls in (Plain, Slotted):
    before = tracemalloc.get_traced_memory()[0]
    objs = [cls(i, str(i)) for i in range(100000)]
    after = tracemalloc.get_traced_memory()[0]
    per = (after - before) / len(objs)
    # the strings are the same for both classes: report the per-object cost
    # to the nearest 8 bytes, which does not depend on allocator noise
    print(cls.__name__, 'bytes per object ~', round(per / 8) * 8)
    del objs
tracemalloc.stop()
print('done')
