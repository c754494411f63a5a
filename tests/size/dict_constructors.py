# Empty dicts, dict(), literals, comprehensions, dict(zip()).
import sys
print('{}', sys.getsizeof({}), {}.__sizeof__())
print('dict()', sys.getsizeof(dict()))
print('dict(a=1)', sys.getsizeof(dict(a=1)))
print('lit1', sys.getsizeof({'a': 1}))
print('lit5', sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}))
print('lit6', sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))
print('lit int', sys.getsizeof({1: 1, 2: 2, 3: 3}))
for n in (0, 1, 5, 6, 10, 11, 20, 21, 22, 43, 100):
    keys = ['k%d' % i for i in range(n)]
    print('n', n, sys.getsizeof({k: 0 for k in keys}), sys.getsizeof(dict(zip(keys, range(n)))),
          sys.getsizeof({i: 0 for i in range(n)}), sys.getsizeof(dict.fromkeys(keys)))
print('copy', sys.getsizeof({'a': 1, 'b': 2}.copy()))
