# A temporary list that is freed shows up in the peak only.
import gc, tracemalloc
def total(n):
    return sum([i for i in range(n)])
total(10)
gc.collect()
tracemalloc.start()
r = total(100000)
cur, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(r)
print('current small', cur < 2048)
print('peak per item', peak // 100000)
