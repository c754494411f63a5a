# Annotations without values do not conflict with slots.
class P:
    __slots__ = ('x', 'y')
    x: int
    y: str

p = P()
p.x = 1
print(p.x, P.__annotations__)
print(hasattr(p, 'y'))
