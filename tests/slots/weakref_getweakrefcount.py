# getweakrefcount and getweakrefs.
import weakref

class P:
    pass

p = P()
print(weakref.getweakrefcount(p), weakref.getweakrefs(p))
r1 = weakref.ref(p)
r2 = weakref.ref(p, lambda r: None)
print(weakref.getweakrefcount(p))
print(r1 is weakref.ref(p), r2 is r1)
del r2
print(weakref.getweakrefcount(p))
class S:
    __slots__ = ()
print(weakref.getweakrefcount(S()))
