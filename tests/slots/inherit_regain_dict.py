# A subclass without __slots__ regains __dict__ and __weakref__.
class Base:
    __slots__ = ('x',)

class Sub(Base):
    pass

s = Sub()
s.x = 1
s.y = 2
print(s.x, s.y)
print(vars(s))
print(hasattr(s, '__weakref__'), s.__weakref__)
print('__dict__' in Sub.__dict__, '__weakref__' in Sub.__dict__)
print('x' in vars(s))
