# Traced bytes per entry of big dicts and sets (str keys built beforehand).
import gc, tracemalloc
N = 100000
keys = ['k%06d' % i for i in range(N)]
ints = list(range(1000, 1000 + N))
def measure(f):
    gc.collect()
    tracemalloc.start()
    obj = f()
    cur = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return cur // N
print('dict str', measure(lambda: dict.fromkeys(keys)))
print('dict int', measure(lambda: dict.fromkeys(ints)))
print('set str', measure(lambda: set(keys)))
print('list copy', measure(lambda: list(keys)))
print('tuple copy', measure(lambda: tuple(keys)))
