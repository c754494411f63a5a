# collections.namedtuple defines __slots__ = ().
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(Point.__slots__)
print(p, p.x, p.y)
print(hasattr(p, '__dict__'))
print(p._asdict())
p.z = 3
