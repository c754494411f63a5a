# A script's globals are a dict like any other: the key that outgrows its
# table makes CPython allocate a bigger one, which tracemalloc sees.
import sys, tracemalloc
print(list(globals()))
tracemalloc.start()
g = tracemalloc.get_traced_memory
v0 = None
v1 = None
v2 = None
v3 = None
v4 = None
v5 = None
v6 = None
v7 = None
print(len(globals()), g()[0] == 0)
v8 = None
before = g()[0]      # the 22nd key: the table is full
grown = g()[0]
tracemalloc.stop()
print(len(globals()), grown - before, sys.getsizeof(globals()))
