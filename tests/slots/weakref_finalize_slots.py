# weakref.finalize on a slotted object.
import weakref

class Res:
    __slots__ = ('name', '__weakref__')

r = Res()
r.name = 'res'
f = weakref.finalize(r, print, 'finalized', 'res')
print(f.alive)
del r
print(f.alive)
