# Replacing the descriptor on the class hides the slot.
class Point:
    __slots__ = ('x',)

p = Point()
p.x = 1
saved = Point.x
Point.x = 'class value'
print(p.x)
saved.__set__(p, 2)
print(saved.__get__(p, Point))
Point.x = saved
print(p.x)
