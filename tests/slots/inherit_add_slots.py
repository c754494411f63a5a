# A subclass adding slots.
class Base:
    __slots__ = ('x',)

class Sub(Base):
    __slots__ = ('y',)

s = Sub()
s.x, s.y = 1, 2
print(s.x, s.y)
print(Base.__slots__, Sub.__slots__)
print('x' in Sub.__dict__, 'y' in Sub.__dict__)
print(Sub.x is Base.x)
s.z = 3
