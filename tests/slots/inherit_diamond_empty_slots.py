# Diamond with empty slots in the middle classes.
class Root:
    __slots__ = ('r',)
    def name(self):
        return 'Root'

class L(Root):
    __slots__ = ()
    def name(self):
        return 'L>' + super().name()

class R(Root):
    __slots__ = ()
    def name(self):
        return 'R>' + super().name()

class D(L, R):
    __slots__ = ('d',)

d = D()
d.r, d.d = 1, 2
print(d.name(), d.r, d.d, [k.__name__ for k in D.__mro__])
