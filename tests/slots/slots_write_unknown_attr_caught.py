# Error message for an unknown attribute, caught.
class Point:
    __slots__ = ('x', 'y')

p = Point()
for name in ['z', 'color', 'X']:
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
        print(e.args)
