# obj.__dict__ on a slotted object (caught, then uncaught).
class Point:
    __slots__ = ('x',)

p = Point()
try:
    p.__dict__
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.__dict__ = {}
except AttributeError as e:
    print('set:', e)
print(p.__dict__)
