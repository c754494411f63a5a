# Changing the class attribute is visible through instances.
class Point:
    __slots__ = ('x',)
    scale = 1

a, b = Point(), Point()
Point.scale = 3
print(a.scale, b.scale)
Point.extra = 'added later'
print(a.extra)
del Point.scale
print(hasattr(a, 'scale'))
