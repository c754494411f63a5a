# get_tracemalloc_memory(): tracemalloc's own bookkeeping (value is implementation-specific).
import tracemalloc
m0 = tracemalloc.get_tracemalloc_memory()
print(type(m0).__name__, m0 >= 0)
tracemalloc.start()
keep = [object() for i in range(10000)]
m1 = tracemalloc.get_tracemalloc_memory()
print(type(m1).__name__, m1 > 0, m1 > m0)
tracemalloc.stop()
print(tracemalloc.get_tracemalloc_memory() < m1)
