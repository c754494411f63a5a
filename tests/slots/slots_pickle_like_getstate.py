# Copying slotted objects with copy.copy and copy.deepcopy.
import copy

class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

class Q(P):
    __slots__ = ('z',)

q = Q([1], [2])
q.z = 3
c = copy.copy(q)
d = copy.deepcopy(q)
print(c.x is q.x, d.x is q.x, d.x, d.y, d.z)
r = Q(1, 2)
e = copy.copy(r)
print(e.x, e.y, hasattr(e, 'z'))
