# __class__ assignment between classes with the same slots.
class A:
    __slots__ = ('x', 'y')
    def kind(self):
        return 'A'

class B:
    __slots__ = ('x', 'y')
    def kind(self):
        return 'B'

o = A()
o.x, o.y = 1, 2
o.__class__ = B
print(o.kind(), o.x, o.y, type(o).__name__)
o.__class__ = A
print(o.kind())
