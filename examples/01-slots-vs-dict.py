# A first look at __slots__: where do attributes live?

class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Plain(1, 2)
s = Slotted(1, 2)

print("Plain instance attributes live in a dict:", p.__dict__)
p.z = 3
print("...so new ones can be added:", vars(p))

print("Slotted.x is a descriptor:", Slotted.x)
print("hasattr(s, '__dict__'):", hasattr(s, '__dict__'))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)

points = [Slotted(i, i * i) for i in range(100000)]
print("built", len(points), "slotted points; last one:", points[-1].x, points[-1].y)
