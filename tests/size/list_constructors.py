# Sizes of lists built by list(), comprehensions, repetition and slicing.
import sys
for n in (0, 1, 2, 3, 4, 5, 8, 9, 10, 17, 100, 1000):
    print('n', n,
          sys.getsizeof(list(range(n))),
          sys.getsizeof([i for i in range(n)]),
          sys.getsizeof([None] * n),
          sys.getsizeof(list(tuple(range(n)))),
          sys.getsizeof(list(x for x in range(n))))
print('100000 comp', sys.getsizeof([i for i in range(100000)]))
print('100000 range', sys.getsizeof(list(range(100000))))
