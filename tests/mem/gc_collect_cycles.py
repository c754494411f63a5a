# gc.collect() returns the number of unreachable objects found.
import gc
gc.collect()
l = []
l.append(l)
del l
print('list cycle', gc.collect())
class Node:
    pass
a = Node(); b = Node()
a.other = b; b.other = a
del a, b
print('two instances', gc.collect())
class SNode:
    __slots__ = ('other',)
a = SNode(); b = SNode()
a.other = b; b.other = a
del a, b
print('two slotted', gc.collect())
d = {}
d['self'] = d
del d
print('dict cycle', gc.collect())
x = Node()
x.me = x
x.__dict__
del x
print('instance with dict touched', gc.collect())
print('nothing', gc.collect())
