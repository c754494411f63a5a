# A list of N ints above 256: 8 bytes of list + the int object each.
import gc, sys, tracemalloc
N = 100000
gc.collect()
tracemalloc.start()
lst = list(range(1000, 1000 + N))
cur = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print(sys.getsizeof(lst), (cur - sys.getsizeof(lst)) // N)
gc.collect()
tracemalloc.start()
small = [i % 256 for i in range(N)]
cur = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print(sys.getsizeof(small), (cur - sys.getsizeof(small)) // N)
