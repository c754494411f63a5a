# Where an int object comes from decides its traced size: PyLong_FromLong
# (arithmetic, range, ord, int(float)) gives a one-digit value a whole
# 32-byte object in 3.11+, PyLong_FromSsize_t (len, index, count, find,
# enumerate, getsizeof) exactly its 28 bytes; x_add/x_mul keep a spare digit.
import sys, tracemalloc
N = 2000
def per(f):
    h = [None] * N
    tracemalloc.start()
    b = tracemalloc.get_traced_memory()[0]
    for i in range(N):
        h[i] = f(i)
    c = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (c - b) // N
s = 'x' * 1000
L = list(range(5000))
print('len', per(lambda i: len(s)))
print('int(str)', per(lambda i: int(str(1000 + i))))
print('range item', per(lambda i: range(1000, 1001 + i)[i]))
print('enumerate', per(lambda i: next(iter(enumerate([0], 1000 + i)))[0]))
print('ord', per(lambda i: ord(chr(1000 + i))))
print('abs', per(lambda i: abs(-1000 - i)))
print('neg', per(lambda i: -(1000 + i)))
print('int(float)', per(lambda i: int(1000.5 + i)))
print('round', per(lambda i: round(1000.5 + i)))
print('floordiv', per(lambda i: (100000 + i) // 3))
print('mod', per(lambda i: (100000 + i) % 1000 + 300))
print('and', per(lambda i: (100000 + i) & 0xfffff))
print('shift', per(lambda i: (1000 + i) << 3))
print('pow', per(lambda i: (1000 + i) ** 2))
print('big add', per(lambda i: (2**40 + i) + (2**40)))
print('big sub', per(lambda i: (2**40 + i) - (2**39)))
print('mul', per(lambda i: (2**20 + i) * (2**20)))
print('list.index', per(lambda i: L.index(1000 + i % 100)))
print('str.count', per(lambda i: s.count('x')))
print('str.rfind', per(lambda i: s.rfind('x')))
print('lshift big', per(lambda i: 1 << (40 + i % 5)))
print('getsizeof', per(lambda i: sys.getsizeof(L)))
print('small results', per(lambda i: (i % 200) + 50))
print('sum', per(lambda i: sum((1000, i))))
