# sys.getsizeof(deque) after a mix of operations at both ends, rotations,
# inserts and deletions (CPython's blocks of 64 items and its leftindex).
import sys
from collections import deque
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
d = deque()
sizes = []
for step in range(3000):
    op = rnd(10)
    if op < 3:
        d.append(step)
    elif op < 5:
        d.appendleft(step)
    elif op == 5 and d:
        d.pop()
    elif op == 6 and d:
        d.popleft()
    elif op == 7:
        d.rotate(rnd(300) - 150)
    elif op == 8 and d:
        d.insert(rnd(len(d) + 1), step)
    elif op == 9 and d:
        del d[rnd(len(d))]
    sizes.append(sys.getsizeof(d))
print(len(d), sizes[::97])
e = deque(range(130))
print(sys.getsizeof(e), sys.getsizeof(deque('ab')), sys.getsizeof(deque(maxlen=3)))
e.extendleft(range(70))
print(sys.getsizeof(e))
e.clear()
print(sys.getsizeof(e))
f = deque(range(10), 10)
for i in range(100):
    f.appendleft(i)
print(sys.getsizeof(f))
g = deque()
g.extendleft(range(5))
print(sys.getsizeof(g), list(g))
g.remove(2)
print(sys.getsizeof(g))
