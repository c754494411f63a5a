# Adding __weakref__ slot when the base already has one.
class Base:
    pass

class Sub(Base):
    __slots__ = ('__weakref__',)
