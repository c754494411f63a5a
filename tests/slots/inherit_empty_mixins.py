# Empty-slot mixins combine with a slotted base.
class Reprable:
    __slots__ = ()
    def __repr__(self):
        fields = ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__)
        return f'{type(self).__name__}({fields})'

class Comparable:
    __slots__ = ()
    def __eq__(self, other):
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

class Point(Reprable, Comparable):
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1))
print(hasattr(p, '__dict__'))
p.z = 0
