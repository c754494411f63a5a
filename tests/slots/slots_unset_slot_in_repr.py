# A __repr__ that tolerates unset slots.
class P:
    __slots__ = ('a', 'b', 'c')
    def __repr__(self):
        parts = []
        for n in self.__slots__:
            parts.append(f'{n}={getattr(self, n, "<unset>")}')
        return 'P(' + ', '.join(parts) + ')'

p = P()
print(p)
p.b = 2
print(p)
p.a = p.c = 0
print(repr(p))
