# hasattr on slotted instances.
class Point:
    __slots__ = ('x', 'y')

p = Point()
print(hasattr(p, 'x'), hasattr(p, 'y'), hasattr(p, 'z'))
p.x = 0
print(hasattr(p, 'x'), hasattr(p, 'y'))
p.y = None
print(hasattr(p, 'y'))
del p.x
print(hasattr(p, 'x'))
print(hasattr(Point, 'x'), hasattr(Point, 'z'))
