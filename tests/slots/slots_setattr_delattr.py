# setattr/delattr builtins with slots.
class Point:
    __slots__ = ('x', 'y')

p = Point()
setattr(p, 'x', 1)
setattr(p, 'y', 2)
print(p.x, p.y)
delattr(p, 'x')
print(hasattr(p, 'x'))
try:
    delattr(p, 'x')
except AttributeError as e:
    print('delattr:', e)
try:
    delattr(p, 'nope')
except AttributeError as e:
    print('delattr nope:', e)
setattr(p, 'nope', 1)
