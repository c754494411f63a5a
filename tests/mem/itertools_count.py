# itertools.count keeps a C counter and hands out ints made by
# PyLong_FromSsize_t (28 bytes each, even in 3.11+); its reprs and errors.
import itertools, sys, tracemalloc
c = itertools.count(1000)
print(next(c), next(c), c, repr(itertools.count()), itertools.count(2.5, 0.5), itertools.count(1, 2))
d = itertools.count(5, 0.5); next(d); print(d, next(d))
print(type(c), type(c).__name__, type(c).__module__)
print(list(zip(range(3), itertools.count(10))), list(zip('ab', itertools.count(2**70))))
try:
    itertools.count('a')
except TypeError as e:
    print('TypeError', e)
try:
    itertools.count(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
print(itertools.count(start=3, step=True), itertools.count(True), sys.getsizeof(itertools.count()))
class K(itertools.count): pass
print(K(5))
ids = itertools.count(1000)
h = [None] * 1000
tracemalloc.start()
for i in range(1000): h[i] = next(ids)
print(tracemalloc.get_traced_memory()[0] // 1000)
