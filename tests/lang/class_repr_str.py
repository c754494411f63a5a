# __repr__ and __str__.
class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'OnlyRepr({self.v!r})'
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'a Both instance'
class OnlyStr:
    def __str__(self):
        return 'only str'
o = OnlyRepr('x')
b = Both()
print(o, str(o), repr(o), [o], (o,), {'k': o})
print(b, str(b), repr(b), [b], f'{b}', f'{b!r}', '%s %r' % (b, b), '{} {!r}'.format(b, b))
print(OnlyStr(), str(OnlyStr()), len(repr(OnlyStr())) > 0)
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        if not self.children:
            return f'Tree({self.value})'
        return f'Tree({self.value}, {self.children})'
print(Tree(1, [Tree(2), Tree(3, [Tree(4)])]))
class Sub(OnlyRepr):
    pass
print(Sub(5), [Sub([1])])
class Weird:
    def __str__(self):
        return 'weird str'
    __repr__ = __str__
print(Weird(), [Weird()])
