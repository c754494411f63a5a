# reset_peak() (3.9+): the peak drops to the current value.
import gc, tracemalloc
print(hasattr(tracemalloc, 'reset_peak'))
gc.collect()
tracemalloc.start()
big = [None] * 100000
del big
cur, peak = tracemalloc.get_traced_memory()
print('peak above current', peak - cur >= 800000)
if hasattr(tracemalloc, 'reset_peak'):
    tracemalloc.reset_peak()
    cur, peak = tracemalloc.get_traced_memory()
    print('after reset', peak - cur < 1000)
    small = [None] * 1000
    cur2, peak2 = tracemalloc.get_traced_memory()
    print('grows again', cur2 - cur > 7900, peak2 >= cur2)
tracemalloc.stop()
