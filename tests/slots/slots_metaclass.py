# A metaclass that adds __slots__ automatically.
class AutoSlots(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault('__slots__', tuple(ns.get('__annotations__', {})))
        return super().__new__(mcls, name, bases, ns)

class P(metaclass=AutoSlots):
    x: int
    y: int

p = P()
p.x = 1
print(P.__slots__, p.x)
p.w = 2
