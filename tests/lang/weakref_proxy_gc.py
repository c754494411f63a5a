# weakref.proxy forwards to its referent until it dies (then ReferenceError);
# the cycle collector kills weak references to the garbage it frees.
import gc
import weakref


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __iter__(self):
        return iter(self.xs)

    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __lt__(self, other):
        return self.xs < other.xs

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __contains__(self, x):
        return x in self.xs

    def __str__(self):
        return 'Vec%r' % (tuple(self.xs),)

    def norm1(self):
        return sum(abs(a) for a in self.xs)

    __hash__ = object.__hash__


v = Vec(1, -2, 3)
p = weakref.proxy(v)
print(type(p).__name__, type(p) is weakref.ProxyType, weakref.proxy(v) is p)
print(p.xs, len(p), p[1], list(p), 2 in p, 9 in p, p.norm1(), str(p))
print(str(p + Vec(1, 1, 1)), str(-p), p == Vec(1, -2, 3), p < Vec(5), bool(p))
p[0] = 100
p.label = 'v'
print(v.xs, v.label)
del p.label
print(hasattr(v, 'label'))
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)


def double(x):
    return 2 * x


cp = weakref.proxy(double)
print(type(cp).__name__, cp(21), cp.__name__)
print(weakref.getweakrefcount(v), weakref.getweakrefs(v)[0] is p)
calls = []
p2 = weakref.proxy(v, lambda w: calls.append('proxy callback'))
print(p2 is p)
del v
print(calls)
for op in (lambda: p.xs, lambda: len(p), lambda: str(p), lambda: p + p, lambda: p[0]):
    try:
        op()
    except ReferenceError as e:
        print('ReferenceError:', e)


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.disable()
a, b = Node('a'), Node('b')
a.other, b.other = b, a
events = []
ra = weakref.ref(a, lambda w: events.append(('a died', w())))
rb = weakref.ref(b)
cache = weakref.WeakValueDictionary({'a': a, 'b': b})
del a, b
print('before collect:', ra() is not None, rb().name, len(cache), events)
gc.collect()
print('after collect:', ra(), rb(), len(cache), events)

# a ref that is itself part of the garbage gets no callback
c = Node('c')
c.other = c
c.ref = weakref.ref(c, lambda w: print('never'))
del c
gc.collect()
gc.enable()
print('done')
