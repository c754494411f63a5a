# Deleting a slot that was never assigned.
class Point:
    __slots__ = ('x', 'y')

p = Point()
p.x = 5
del p.x
print(hasattr(p, 'x'))
del p.y
