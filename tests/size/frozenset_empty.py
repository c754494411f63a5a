# frozenset sizes; the empty frozenset is a singleton only up to 3.9.
import sys
a = frozenset()
b = frozenset([])
print(sys.getsizeof(a), a is b, frozenset() is frozenset(()))
print(sys.getsizeof(frozenset('abc')), sys.getsizeof(frozenset(range(5))))
s = {1, 2}
print(sys.getsizeof(s | {3}), sys.getsizeof(s & {1}), sys.getsizeof(s.copy()))
