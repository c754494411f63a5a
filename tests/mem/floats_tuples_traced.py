# Floats and 2-tuples built at run time: traced bytes per object.
import gc, sys, tracemalloc
def build(f, n=10000):
    holder = [None] * n
    for i in range(100):
        f(i)
    gc.collect()
    tracemalloc.start()
    b = tracemalloc.get_traced_memory()[0]
    for i in range(n):
        holder[i] = f(i)
    c = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (c - b) // n
print('float', build(lambda i: i * 0.5), sys.getsizeof(1.5))
print('const tuple', build(lambda i: (None, None)))
print('tuple2', build(lambda i: (i, i)), build(lambda i: (None, i)))
print('tuple0', build(lambda i: ()))
print('list0', build(lambda i: []))
print('dict0', build(lambda i: {}))
print('set0', build(lambda i: set()))
