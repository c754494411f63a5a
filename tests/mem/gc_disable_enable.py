# While gc is disabled cycles stay uncollected; an explicit collect() still works.
import gc, weakref
class Node:
    pass
gc.collect()
gc.disable()
print(gc.isenabled())
refs = []
for i in range(2000):
    a = Node(); b = Node()
    a.o = b; b.o = a
    refs.append(weakref.ref(a))
del a, b
junk = [[] for i in range(20000)]
print('alive while disabled', sum(r() is not None for r in refs))
gc.enable()
print(gc.isenabled())
gc.collect()
print('alive after collect', sum(r() is not None for r in refs))
gc.disable()
x = Node(); x.me = x
r = weakref.ref(x)
del x
print('collect while disabled', gc.collect() > 0, r() is None)
gc.enable()
