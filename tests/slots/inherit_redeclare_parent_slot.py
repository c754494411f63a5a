# Redeclaring a parent's slot creates a new, shadowing descriptor.
class Base:
    __slots__ = ('x',)

class Sub(Base):
    __slots__ = ('x',)

s = Sub()
s.x = 'sub'
print(s.x)
print(Sub.x is Base.x)
Base.x.__set__(s, 'base')
print(s.x, Base.x.__get__(s, Sub))
del s.x
print(hasattr(s, 'x'), Base.x.__get__(s, Sub))
