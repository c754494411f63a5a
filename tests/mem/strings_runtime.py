# Strings built at run time cost their getsizeof each; constants are shared.
import gc, sys, tracemalloc
N = 10000
def build(f):
    holder = [None] * N
    gc.collect()
    tracemalloc.start()
    b = tracemalloc.get_traced_memory()[0]
    for i in range(N):
        holder[i] = f(i)
    c = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (c - b) // N, sys.getsizeof(holder[42])
print('fstring', build(lambda i: f"user{i:05d}"))
print('concat', build(lambda i: 'item-' + str(i + 100000)))
print('join', build(lambda i: ''.join(['ab', 'cd', str(i % 10)])))
print('latin1', build(lambda i: chr(233) + str(i + 100000)))
print('constant', build(lambda i: 'Amir Khan'))
print('interned', build(lambda i: sys.intern('user%05d' % (i % 100))))
