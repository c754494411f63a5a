# __slots__ attribute lookup goes through the MRO.
class Base:
    __slots__ = ('a', 'b')

class Sub(Base):
    pass

class Sub2(Base):
    __slots__ = ('c',)

print(Sub.__slots__, '__slots__' in Sub.__dict__)
print(Sub2.__slots__)
print(sorted(k for c in Sub2.__mro__ for k in c.__dict__.get('__slots__', ())))
