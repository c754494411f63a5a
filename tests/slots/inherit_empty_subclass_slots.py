# A subclass with empty __slots__ stays dict-less.
class Base:
    __slots__ = ('x',)

class Sub(Base):
    __slots__ = ()

s = Sub()
s.x = 1
print(s.x, hasattr(s, '__dict__'))
s.y = 2
