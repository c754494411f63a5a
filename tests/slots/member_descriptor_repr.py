# repr of member descriptors.
class Point:
    __slots__ = ('x', 'y')

print(repr(Point.x))
print(Point.y)
print(type(Point.x))
print(Point.x.__name__, Point.x.__qualname__)
print(Point.x.__objclass__)
