# A slotted instance has no __dict__.
class Point:
    __slots__ = ('x', 'y')

p = Point()
print(hasattr(p, '__dict__'))
p.__dict__
