# weakref.proxy to a slotted object.
import weakref

class P:
    __slots__ = ('x', '__weakref__')
    def double(self):
        return self.x * 2

p = P()
p.x = 21
px = weakref.proxy(p)
print(px.x, px.double())
px.x = 5
print(p.x)
del p
try:
    px.x
except ReferenceError as e:
    print('ReferenceError:', e)
px.double()
