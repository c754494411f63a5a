# Memory released by `del` of a list of N plain instances.
import gc, tracemalloc
from _meas import make_class
C = make_class(2)
keep = [C() for i in range(40)]
N = 10000
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
objs = [C() for i in range(N)]
built = tracemalloc.get_traced_memory()[0] - base
del objs
after = tracemalloc.get_traced_memory()[0] - base
tracemalloc.stop()
print('built per instance', built // N)
print('released per instance', round((built - after) / N))
print('left over', after)
