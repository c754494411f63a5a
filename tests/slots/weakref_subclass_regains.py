# Subclass of a slotted class without __weakref__ gets weak reference support.
import weakref

class Base:
    __slots__ = ('x',)

class Sub(Base):
    pass

class SubSlots(Base):
    __slots__ = ('__weakref__',)

for cls in (Sub, SubSlots):
    o = cls()
    r = weakref.ref(o)
    print(cls.__name__, r() is o)
    del o
    print(cls.__name__, r())
weakref.ref(Base())
