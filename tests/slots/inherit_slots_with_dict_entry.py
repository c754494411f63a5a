# '__dict__' in __slots__ enables dynamic attributes.
class P:
    __slots__ = ('x', '__dict__')

p = P()
p.x = 1
p.y = 2
print(p.x, p.y, vars(p))
print(hasattr(p, '__weakref__'))
print(sorted(k for k in P.__dict__ if not k.startswith('__') or k in ('__dict__', '__weakref__')))
p.__weakref__
