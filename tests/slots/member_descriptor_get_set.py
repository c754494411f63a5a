# Using __get__/__set__/__delete__ on a member descriptor directly.
class Point:
    __slots__ = ('x', 'y')

p = Point()
Point.x.__set__(p, 10)
print(p.x)
print(Point.x.__get__(p, Point))
print(Point.x.__get__(None, Point) is Point.x)
Point.x.__delete__(p)
print(hasattr(p, 'x'))
Point.x.__get__(p, Point)
