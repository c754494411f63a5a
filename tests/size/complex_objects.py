# complex objects: sizes, traced bytes, subclasses, gc tracking.
import gc, sys, tracemalloc
def build(f, n=5000):
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
for v in [0j, 1j, -0.0j, complex(1, 2), complex(float('nan'), float('inf')), 1e300 + 1e-300j]:
    print(repr(v), sys.getsizeof(v), v.__sizeof__(), gc.is_tracked(v))
print('complex', build(lambda i: complex(i, i)), build(lambda i: i * 1j), build(lambda i: 1j + i))
print('parts', build(lambda i: (1j * i).real))
print('from str', build(lambda i: complex('1+2j')))
class C(complex):
    pass
class S(complex):
    __slots__ = ('a',)
c, s = C(1, 2), S(3)
print('subclass', sys.getsizeof(c), sys.getsizeof(s), gc.is_tracked(c), gc.is_tracked(s))
c.x = 1
print('subclass dict', sys.getsizeof(c), c.__dict__, C.__mro__[1].__name__, type(c + 1).__name__)
print('build C', build(lambda i: C(i)))
a, b = 1 + 2j, 1 + 2j
print('const', a is b, sys.getsizeof(a))
