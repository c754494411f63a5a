# set and frozenset sizes and growth.
import sys
print('set()', sys.getsizeof(set()), set().__sizeof__())
print('frozenset()', sys.getsizeof(frozenset()))
s = set()
last = None
for i in range(300):
    z = sys.getsizeof(s)
    if z != last:
        print('add', len(s), z)
        last = z
    s.add(i)
for n in (1, 4, 5, 10, 18, 19, 50, 100):
    print('n', n, sys.getsizeof(set(range(n))), sys.getsizeof(frozenset(range(n))), sys.getsizeof({i for i in range(n)}))
print('lit', sys.getsizeof({1, 2, 3}))
s = set(range(100))
s.clear()
print('clear', sys.getsizeof(s))
