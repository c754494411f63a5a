# Weak reference callbacks fire when the object dies.
import weakref

class P:
    __slots__ = ('name', '__weakref__')

def gone(ref):
    print('callback, referent is', ref())

p = P()
p.name = 'p'
r = weakref.ref(p, gone)
print('before del')
del p
print('after del', r())
