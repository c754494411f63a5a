# Fields of a namedtuple cannot be set.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError:', e)
print(p._replace(x=5))
p.x = 6
