# Sizes after slicing, +, *, sorted, extend, insert, clear, copy.
import sys
base = [i for i in range(10)]
print('base', sys.getsizeof(base))
print('slice', sys.getsizeof(base[2:7]), sys.getsizeof(base[:]), sys.getsizeof(base[::2]))
print('plus', sys.getsizeof(base + base), sys.getsizeof(base + []))
print('mul', sys.getsizeof(base * 3))
print('sorted', sys.getsizeof(sorted(base)), sys.getsizeof(sorted(range(7))))
print('copy', sys.getsizeof(base.copy()), sys.getsizeof(list(base)))
a = []
a.extend(range(10))
print('extend range', sys.getsizeof(a))
a = []
a.extend([1, 2, 3])
print('extend 3', sys.getsizeof(a))
a.extend([4])
print('extend +1', sys.getsizeof(a))
a.extend(list(range(50)))
print('extend 50', len(a), sys.getsizeof(a))
b = [1, 2, 3]
b.insert(0, 0)
print('insert', sys.getsizeof(b))
for i in range(10):
    b.insert(1, i)
print('insert x10', len(b), sys.getsizeof(b))
b.clear()
print('clear', sys.getsizeof(b))
c = list(range(10))
c += [1]
print('iadd', sys.getsizeof(c))
c *= 2
print('imul', len(c), sys.getsizeof(c))
d = list(range(10))
d[2:5] = []
print('del via slice', sys.getsizeof(d))
d.sort()
d.reverse()
print('sort/reverse', sys.getsizeof(d))
