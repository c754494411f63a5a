# Slots including '__weakref__' allow weak references.
import weakref

class P:
    __slots__ = ('x', '__weakref__')

p = P()
p.x = 3
r = weakref.ref(p)
print(r().x)
print(weakref.getweakrefcount(p))
del p
print(r(), weakref.getweakrefcount(r) if False else 'dead')
