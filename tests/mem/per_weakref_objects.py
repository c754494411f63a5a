# Creating a weak reference to an instance allocates a weakref object.
import weakref
from _meas import per
class W:
    __slots__ = ('__weakref__',)
class P:
    pass
objs = [W() for i in range(10000)]
it = iter(objs)
print('weakref to slotted', per(lambda: weakref.ref(next(it)), n=10000, warm=0))
objs2 = [P() for i in range(10050)]
it2 = iter(objs2)
print('weakref to plain', per(lambda: weakref.ref(next(it2)), n=10000, warm=40))
