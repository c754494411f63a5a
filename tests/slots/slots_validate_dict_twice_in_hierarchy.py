# A slotted base with __dict__, subclass adds it again.
class Base:
    __slots__ = ('__dict__',)

try:
    class Sub(Base):
        __slots__ = ('__dict__',)
except TypeError as e:
    print('TypeError:', e)
class Sub2(Base):
    __slots__ = ('x',)
s = Sub2()
s.x = 1
s.free = 2
print(s.x, s.free, vars(s))
