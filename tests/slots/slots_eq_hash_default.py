# Slotted objects use identity equality and are hashable by default.
class P:
    __slots__ = ('v',)

a, b = P(), P()
a.v = b.v = 1
print(a == b, a == a, a != b)
print(len({a, b, a}))
class Q:
    __slots__ = ('v',)
    def __eq__(self, o):
        return self.v == o.v
print(Q.__hash__)
hash(Q())
