# clear_traces() forgets every trace: current and peak restart from 0, and
# freeing forgotten blocks does not make current negative.
import gc, tracemalloc
gc.collect()
tracemalloc.start()
data = [None] * 10000
cur, peak = tracemalloc.get_traced_memory()
print(cur >= 80000, peak >= cur)
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory() == (0, 0) or tracemalloc.get_traced_memory()[0] < 200)
del data
cur, peak = tracemalloc.get_traced_memory()
print(cur >= 0, cur < 200, peak < 200)
print(tracemalloc.is_tracing())
tracemalloc.stop()
