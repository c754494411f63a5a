# Deleting an attribute that is not a slot.
class Point:
    __slots__ = ('x',)

p = Point()
p.x = 1
del p.q
