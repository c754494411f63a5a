# Plain instances have a __weakref__ attribute, None when no ref exists.
import weakref

class P:
    pass

p = P()
print(hasattr(p, '__weakref__'))
print(p.__weakref__)
r = weakref.ref(p)
print(p.__weakref__ is r)
print(r() is p)
print(type(P.__dict__['__weakref__']).__name__)
print(type(P.__dict__['__dict__']).__name__)
