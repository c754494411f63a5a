# A slotted instance without '__weakref__' has no __weakref__ attribute.
class Point:
    __slots__ = ('x',)

p = Point()
print(hasattr(p, '__weakref__'))
print('__weakref__' in Point.__dict__)
p.__weakref__
