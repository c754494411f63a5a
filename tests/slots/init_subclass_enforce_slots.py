# __init_subclass__ enforcing that subclasses define __slots__.
class Base:
    __slots__ = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if '__slots__' not in cls.__dict__:
            raise TypeError(f'{cls.__name__} must define __slots__')

class Good(Base):
    __slots__ = ('x',)

print('Good ok', Good.__slots__)
class Bad(Base):
    pass
