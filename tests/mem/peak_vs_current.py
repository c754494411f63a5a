# Peak vs current for a comprehension of N instances and after `del`.
import gc, tracemalloc
class C:
    __slots__ = ('a', 'b')
    def __init__(self, a, b):
        self.a = a
        self.b = b
[C(1, 2) for i in range(10)]
N = 100000
gc.collect()
tracemalloc.start()
objs = [C(1, 2) for i in range(N)]
cur, peak = tracemalloc.get_traced_memory()
print('current per instance', cur // N)
print('peak - current below 1 KiB', 0 <= peak - cur < 1024)
del objs
cur2, peak2 = tracemalloc.get_traced_memory()
print('peak kept', 0 <= peak2 - peak < 1024)
print('current after del below 1 KiB', cur2 < 1024)
tracemalloc.stop()
