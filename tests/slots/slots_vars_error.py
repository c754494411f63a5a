# vars() on a slotted object.
class Point:
    __slots__ = ('x',)

p = Point()
p.x = 1
try:
    print(vars(p))
except TypeError as e:
    print('TypeError:', e)
print(vars(Point)['__slots__'])
vars(p)
