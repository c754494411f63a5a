# Adding __dict__ slot when the base already has a __dict__.
class Base:
    pass

class Sub(Base):
    __slots__ = ('__dict__',)
