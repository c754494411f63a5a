# Slot names appear in dir() of class and instance.
class Point:
    __slots__ = ('y', 'x', 'label')
    def area(self):
        return 0

p = Point()
print([n for n in dir(Point) if not n.startswith('__')])
print([n for n in dir(p) if not n.startswith('__')])
print('__slots__' in dir(p))
print('__dict__' in dir(p), '__weakref__' in dir(p))
