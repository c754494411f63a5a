# __reduce_ex__ / __reduce__ / __getstate__ of plain and slotted objects.
import copy

class P:
    __slots__ = ('x', 'y', '__z')
class Q:
    pass
class R(P):
    pass

p = P()
p.x = 1
p._P__z = 3
q = Q()
q.a = 'A'
r = R()
r.y = 2
r.extra = 9
for obj in (p, q, r, object()):
    red = obj.__reduce_ex__(2)
    print(type(obj).__name__, red[0].__name__, red[1], red[2:])
print(q.__reduce_ex__(1)[1:], q.__reduce__()[1:])
try:
    p.__reduce_ex__(1)
except TypeError as e:
    print('TypeError:', e)
print(hasattr(object, '__getstate__'), '__getstate__' in dir(q))
c = copy.copy(r)
print(c.y, c.extra, hasattr(c, 'x'))
