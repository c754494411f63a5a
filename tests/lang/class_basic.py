# Classes: __init__, instance and class attributes, methods.
class Counter:
    instances = 0
    step = 1
    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1
    def increment(self):
        self.value += self.step
        return self
    def get(self):
        return self.value
a = Counter()
b = Counter(10)
a.increment().increment()
b.step = 5
b.increment()
print(a.get(), b.get(), Counter.instances, a.step, b.step, Counter.step)
print(type(a).__name__, isinstance(a, Counter), a.__class__ is Counter)
m = a.increment
print(m().get(), Counter.get(a))
a.dynamic = 'added'
print(a.dynamic, hasattr(b, 'dynamic'), sorted(vars(a)))
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2)
q = p.moved(3, 4)
print(q.x, q.y, p.dist2(q), Point().x)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__name__, type(e) is Empty)
