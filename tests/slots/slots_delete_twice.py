# Deleting a slot twice.
class Point:
    __slots__ = ('x',)

p = Point()
p.x = 5
del p.x
try:
    del p.x
except AttributeError as e:
    print('AttributeError:', e)
p.x = 6
print(p.x)
del p.x
del p.x
