# A growing list is one realloc'ed block: traced size = header + 8 * allocated.
import gc, sys, tracemalloc
gc.collect()
tracemalloc.start()
c0 = tracemalloc.get_traced_memory()[0]
lst = []
out = []
for i in range(40):
    lst.append(None)
    if i in (0, 3, 4, 8, 16, 24, 32, 39):
        out.append((len(lst), sys.getsizeof(lst)))
cur = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print(out)
print(cur - c0 - sys.getsizeof(out) >= sys.getsizeof(lst))
