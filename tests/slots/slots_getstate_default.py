# __getstate__ of slotted objects (object.__getstate__ exists in 3.11+).
class P:
    __slots__ = ('x', 'y')

p = P()
p.x = 1
print(hasattr(object, '__getstate__'))
print(p.__reduce_ex__(2)[2])
