# Error messages of the tracemalloc API.
import tracemalloc
for arg in (0, -1, 'x'):
    try:
        tracemalloc.start(arg)
    except Exception as e:
        print(repr(arg), type(e).__name__, e)
    tracemalloc.stop()
try:
    tracemalloc.take_snapshot()
except Exception as e:
    print(type(e).__name__, e)
print(tracemalloc.get_object_traceback(object()))
try:
    tracemalloc.get_traced_memory(1)
except TypeError as e:
    print('TypeError', e)
