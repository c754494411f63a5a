# C3 MRO on a diamond, and cooperative super() chains.
class A:
    def hello(self):
        return ['A']
    def __init__(self):
        print('A.__init__')
class B(A):
    def hello(self):
        return ['B'] + super().hello()
    def __init__(self):
        print('B.__init__')
        super().__init__()
class C(A):
    def hello(self):
        return ['C'] + super().hello()
    def __init__(self):
        print('C.__init__')
        super().__init__()
class D(B, C):
    def hello(self):
        return ['D'] + super().hello()
    def __init__(self):
        print('D.__init__')
        super().__init__()
print([c.__name__ for c in D.__mro__])
print([c.__name__ for c in D.mro()])
d = D()
print(d.hello())
print(super(B, d).hello(), super(C, d).hello())
class E(C, B):
    pass
print([c.__name__ for c in E.__mro__], E().hello())
class Mixin:
    def hello(self):
        return ['Mixin'] + super().hello()
class F(Mixin, D):
    pass
print([c.__name__ for c in F.__mro__], F.__new__ is object.__new__)
print(F().hello())
