# '__weakref__' in __slots__ enables weak references but no __dict__.
import weakref

class P:
    __slots__ = ('x', '__weakref__')

p = P()
r = weakref.ref(p)
print(r() is p, p.__weakref__ is r)
print(hasattr(p, '__dict__'))
p.y = 2
