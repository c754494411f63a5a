# Basic __slots__ usage.
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
print(Point.__slots__)
print(hasattr(p, '__dict__'))
print(hasattr(p, '__weakref__'))
print('__dict__' in dir(p))
