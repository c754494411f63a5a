# Multiple inheritance with one slotted base and a plain base.
class Slotted:
    __slots__ = ('a',)

class Plain:
    def hello(self):
        return 'hi'

class Both(Slotted, Plain):
    pass

b = Both()
b.a = 1
b.extra = 2
print(b.a, b.extra, b.hello())
print([c.__name__ for c in Both.__mro__])
print(vars(b))
