# Garbage classes collected by gc: clearing them must leave their __bases__
# whole until they are freed (they unlink themselves from their bases'
# subclass lists then); this crashed gc.collect() before.
import gc

class Base:
    pass

for i in range(5):
    class A(Base):
        pass
    class B(A, Base):
        pass
    A.me = A            # classes are always in cycles (their __mro__)
    B.other = A
    del A, B
    print(gc.collect() > 0)

print([c.__name__ for c in Base.__subclasses__()])
class C(Base):
    pass
print([c.__name__ for c in Base.__subclasses__()])
print(len([c for c in object.__subclasses__() if c.__name__ in ("A", "B")]))
