# Reading a slot that was never assigned.
class Point:
    __slots__ = ('x', 'y')

p = Point()
p.x = 1
print(p.x)
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
print(p.y)
