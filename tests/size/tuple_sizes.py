# Tuples: header + 8 per item, GC header included even when untracked.
import sys
print(sys.getsizeof(()), ().__sizeof__())
for n in range(0, 11):
    t = tuple(range(n))
    print(n, sys.getsizeof(t), t.__sizeof__())
print(sys.getsizeof((1, 2)), sys.getsizeof(('a', None, 3.0)))
print(sys.getsizeof(tuple(range(1000))))
print(sys.getsizeof((1,) * 7), sys.getsizeof((1, 2) + (3,)))
