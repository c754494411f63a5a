# Using a member descriptor on an instance of another class.
class Point:
    __slots__ = ('x',)

class Other:
    __slots__ = ('x',)

o = Other()
try:
    Point.x.__set__(o, 1)
except TypeError as e:
    print('TypeError:', e)
Point.x.__get__(o, Other)
