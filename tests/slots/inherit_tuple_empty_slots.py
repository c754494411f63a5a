# tuple subclass with empty slots and properties.
class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]

p = Pair(1, 2)
print(p, p.first, len(p))
print(hasattr(p, '__dict__'))
p.first = 5
