# tracemalloc.start/stop/is_tracing and the values while not tracing.
import tracemalloc
print(tracemalloc.is_tracing())
print(tracemalloc.get_traced_memory())
tracemalloc.start()
print(tracemalloc.is_tracing())
cur, peak = tracemalloc.get_traced_memory()
print(type(cur).__name__, type(peak).__name__, cur >= 0, peak >= cur)
tracemalloc.start()          # starting twice is allowed
print(tracemalloc.is_tracing())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.stop()           # stopping twice too
print(tracemalloc.is_tracing())
print(tracemalloc.get_traceback_limit())
tracemalloc.start(7)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
