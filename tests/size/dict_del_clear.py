# dicts keep their table after del; clear() releases it; pop/popitem.
import sys
d = {'k%d' % i: i for i in range(10)}
print('10', sys.getsizeof(d))
for i in range(9):
    del d['k%d' % i]
print('after del', len(d), sys.getsizeof(d))
d.clear()
print('clear', sys.getsizeof(d))
d['x'] = 1
print('refill', sys.getsizeof(d))
e = {i: i for i in range(30)}
print('30', sys.getsizeof(e))
while len(e) > 1:
    e.popitem()
print('popitem', sys.getsizeof(e))
e.pop(0)
print('pop', len(e), sys.getsizeof(e))
f = {i: i for i in range(20)}
for i in range(20):
    del f[i]
    f[i + 100] = i
print('churn', len(f), sys.getsizeof(f))
g = dict(f)
print('dict(copy)', sys.getsizeof(g))
