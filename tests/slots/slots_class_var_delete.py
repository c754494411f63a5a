# Deleting a class attribute through a slotted instance.
class Point:
    __slots__ = ('x',)
    origin = 0

p = Point()
try:
    del p.origin
except AttributeError as e:
    print('AttributeError:', e)
print(Point.origin)
del p.origin
