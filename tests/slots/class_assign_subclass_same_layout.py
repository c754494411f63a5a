# __class__ assignment to a subclass with empty slots.
class A:
    __slots__ = ('x',)
class Sub(A):
    __slots__ = ()
    def tag(self):
        return 'sub'

a = A()
a.x = 1
a.__class__ = Sub
print(a.tag(), a.x, isinstance(a, A))
class Sub2(A):
    __slots__ = ('y',)
a.__class__ = Sub2
