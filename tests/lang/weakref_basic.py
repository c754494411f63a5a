# weakref.ref: reuse of the plain ref, callbacks and their order, death on del,
# hash/eq rules, repr, subclasses, types that cannot be weakly referenced.
import weakref


def addr(s):
    # hide addresses: every "0x..." becomes "ADDR"
    out, i = [], 0
    while i < len(s):
        if s.startswith('0x', i):
            i += 2
            while i < len(s) and s[i] in '0123456789abcdef':
                i += 1
            out.append('ADDR')
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)


class Point:
    def __init__(self, x):
        self.x = x


class Slotted:
    __slots__ = ('x', '__weakref__')


class NoWeak:
    __slots__ = ('x',)


p = Point(1)
r = weakref.ref(p)
print(r() is p, weakref.ref(p) is r, weakref.getweakrefcount(p), r.__callback__)
log = []
r2 = weakref.ref(p, lambda w: log.append(('r2', w is r2, w())))
r3 = weakref.ref(p, lambda w: log.append(('r3', w is r3, w())))
print(r2 is r, r2 == r, r2 == r3, weakref.getweakrefcount(p))
print([w is r for w in weakref.getweakrefs(p)], weakref.getweakrefs(p)[1] is r3)
print(addr(repr(r)))
del p
print('after del:', r(), r2(), log, r2.__callback__)
print(addr(repr(r)))

s = Slotted()
rs = weakref.ref(s)
print(rs() is s, type(rs).__name__, weakref.ReferenceType is weakref.ref)
del s
print(rs())
for obj in (NoWeak(), 1, 'text', [1], {}, (1,), 2.5, None, True):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print('TypeError:', e)

# hash: the referent's, cached; a dead ref that was never hashed has none
q = Point(2)
rq = weakref.ref(q)
h = hash(rq)
print(h == hash(q))
del q
print(hash(rq) == h)
try:
    hash(weakref.ref(Point(3)))
except TypeError as e:
    print('TypeError:', e)


class Eq:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return self.k == other.k

    __hash__ = object.__hash__


a, b = Eq(1), Eq(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra != rb, ra == ra)
del a
print(ra == rb, ra == ra, ra != rb)


class TaggedRef(weakref.ref):
    __slots__ = ('tag',)

    def __new__(cls, ob, callback=None, tag=None):
        self = super().__new__(cls, ob, callback)
        self.tag = tag
        return self

    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)


t = Point(4)
tr = TaggedRef(t, None, 'hello')
print(type(tr).__name__, tr.tag, tr() is t, isinstance(tr, weakref.ref), tr is weakref.ref(t))
print(weakref.getweakrefcount(t))
del t
print(tr(), tr.tag)


# functions, generators and modules can be weakly referenced too
def f():
    yield 1


rf = weakref.ref(f)
print(addr(repr(rf)))
gen = f()
rg = weakref.ref(gen)
del gen, f
print(rf(), rg())
import math
print(weakref.ref(math)() is math)

# callbacks run newest first, after every ref is dead
order = []
z = Point(5)
zs = [weakref.ref(z, lambda w, i=i: order.append((i, w()))) for i in range(4)]
del z
print(order)


# an exception in a callback is printed ("Exception ignored in: ...") and swallowed
def bad_callback(w):
    raise ValueError('from callback')


victim = Point(6)
rv = weakref.ref(victim, bad_callback)
del victim
print('still running', rv())
