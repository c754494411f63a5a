# Ints produced by arithmetic may be allocated larger than getsizeof says.
import gc, sys, tracemalloc
def build(f, n=10000):
    holder = [None] * n
    gc.collect()
    tracemalloc.start()
    b = tracemalloc.get_traced_memory()[0]
    for i in range(n):
        holder[i] = f(i)
    c = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (c - b) // n, sys.getsizeof(holder[-1])
print('2**31 + i', build(lambda i: 2**31 + i))
print('10**6 + i', build(lambda i: 10**6 + i))
print('int(str)', build(lambda i: int(str(10**6 + i))))
print('i * 3 + 1000', build(lambda i: i * 3 + 1000))
print('-i - 1000', build(lambda i: -i - 1000))
print('2**62 * (i + 2)', build(lambda i: 2**62 * (i + 2)))
