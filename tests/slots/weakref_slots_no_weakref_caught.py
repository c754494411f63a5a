# The error for ref/proxy/WeakValueDictionary, caught.
import weakref

class P:
    __slots__ = ('x',)

p = P()
for make in (weakref.ref, weakref.proxy, lambda o: weakref.WeakValueDictionary({1: o}),
             lambda o: weakref.WeakKeyDictionary({o: 1}), lambda o: weakref.WeakSet([o])):
    try:
        make(p)
        print('ok')
    except TypeError as e:
        print('TypeError:', e)
