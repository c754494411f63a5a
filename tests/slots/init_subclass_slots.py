# __init_subclass__ sees subclasses with their __slots__.
class Base:
    __slots__ = ()
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, cls.__dict__.get('__slots__')))

class A(Base):
    __slots__ = ('a',)

class B(A):
    __slots__ = ['b']

class C(B):
    pass

print(Base.registry)
print(hasattr(C(), '__dict__'), hasattr(B(), '__dict__'))
