# weakref.ref to a plain instance dies with the object.
import weakref

class P:
    pass

p = P()
r = weakref.ref(p)
print(r() is p)
del p
print(r())
