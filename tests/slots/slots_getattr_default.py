# getattr with a default on set/unset/unknown slots.
class Point:
    __slots__ = ('x', 'y')

p = Point()
print(getattr(p, 'x', 'unset'))
p.x = 7
print(getattr(p, 'x', 'unset'))
print(getattr(p, 'nope', 'missing'))
print(getattr(p, 'y', None))
try:
    getattr(p, 'y')
except AttributeError as e:
    print(e)
getattr(p, 'nope')
