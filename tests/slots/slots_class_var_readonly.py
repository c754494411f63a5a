# A class attribute seen through a slotted instance is read-only.
class Point:
    __slots__ = ('x',)
    origin = 0

p = Point()
print(p.origin)
try:
    p.origin = 5
except AttributeError as e:
    print('AttributeError:', e)
print(p.origin)
p.origin = 6
