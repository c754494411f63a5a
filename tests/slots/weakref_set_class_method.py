# Weak references to sets, frozensets, classes, bound methods and builtins.
import weakref

def report(r):
    print('callback, dead:', r() is None)

s = {1, 2}
f = frozenset({3})
rs = weakref.ref(s, report)
rf = weakref.ref(f)
print(rs() is s, rf() is f, weakref.getweakrefcount(s))

class C:
    def m(self):
        return 'm'

rc = weakref.ref(C, report)
print(rc() is C, weakref.getweakrefcount(C), weakref.getweakrefcount(object))
c = C()
bm = c.m
rm = weakref.ref(bm, report)
print(rm()(), rm() is bm)
rl = weakref.ref(len)
print(rl() is len, rl()('abc'))
del s
del bm
print(rm() is None)

class FS(frozenset):
    pass
print(weakref.ref(FS({1}))() is None)
