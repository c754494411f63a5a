# Member descriptor attributes cannot be set.
class Point:
    __slots__ = ('x',)

print(Point.x.__name__)
try:
    Point.x.__name__ = 'y'
except AttributeError as e:
    print('AttributeError:', e)
Point.x.foo = 1
