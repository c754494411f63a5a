# Setting the slot name on the class itself overrides the descriptor.
class Point:
    __slots__ = ('x',)

del Point.x
p = Point()
try:
    p.x = 1
except AttributeError as e:
    print('AttributeError:', e)
print('x' in Point.__dict__)
