# Fixed-size objects: range, slice, iterators, cells, generators are skipped.
import sys
print('range', sys.getsizeof(range(10)), sys.getsizeof(range(0)), sys.getsizeof(range(10**30)))
print('slice', sys.getsizeof(slice(1, 2)), sys.getsizeof(slice(None)))
print('iter list', sys.getsizeof(iter([])))
print('iter tuple', sys.getsizeof(iter(())))
print('iter range', sys.getsizeof(iter(range(3))))
print('iter str', sys.getsizeof(iter('ab')))
print('enumerate', sys.getsizeof(enumerate([])))
print('zip', sys.getsizeof(zip()))
print('map', sys.getsizeof(map(abs, [])))
def outer():
    x = 1
    def inner():
        return x
    return inner
f = outer()
print('cell', sys.getsizeof(f.__closure__[0]))
print('closure tuple', sys.getsizeof(f.__closure__))
print('memoryview', sys.getsizeof(memoryview(b'abc')))
print('weakref', sys.getsizeof(__import__('weakref').ref(outer)))
