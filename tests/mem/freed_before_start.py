# Freeing objects allocated before start() does not reduce current.
import gc, tracemalloc
big = [object() for i in range(10000)]
gc.collect()
tracemalloc.start()
c0 = tracemalloc.get_traced_memory()[0]
del big
c1 = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print(c1 >= 0, c1 - c0 >= 0, c1 < 1024)
