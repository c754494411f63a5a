# Reading a misspelled slot name.
class Point:
    __slots__ = ('count', 'total')

p = Point()
p.count = 1
p.total = 2
print(p.count + p.total)
print(p.coutn)
