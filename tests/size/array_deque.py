# array.array and collections.deque sizes.
import sys
from array import array
from collections import deque
a = array('i')
print('array empty', sys.getsizeof(a))
last = None
for i in range(100):
    s = sys.getsizeof(a)
    if s != last:
        print('array', len(a), s)
        last = s
    a.append(i)
print('array d', sys.getsizeof(array('d', [0.0] * 10)), sys.getsizeof(array('b', b'abc')))
q = deque()
print('deque empty', sys.getsizeof(q))
for i in range(200):
    q.append(i)
print('deque 200', sys.getsizeof(q))
print('deque maxlen', sys.getsizeof(deque(range(10), maxlen=5)))
