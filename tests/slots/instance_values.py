# Plain instances keep their attributes as values in the instance until a
# dict is needed (slotlab's instance.c, like CPython 3.11+): every way in
# and out of that storage must look like a dict to the program.
import gc

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

# insertion order per instance, even when instances disagree on it
class Q:
    pass
a = Q(); a.p = 1; a.q = 2
b = Q(); b.q = 1; b.p = 2
c = Q(); c.p = 3; c.q = 4; c.r = 5
print(vars(a), vars(b), vars(c))
print([n for n in dir(b) if not n.startswith('__')])

# delete and set again: it goes to the end
p = P(1, 2)
del p.x
print(p.__dict__, hasattr(p, 'x'))
p.x = 10
print(p.__dict__, p.x, p.y)
try:
    del p.zz
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.zz
except AttributeError as e:
    print('AttributeError:', e)

# the dict and the attributes stay one thing, both ways
p = P(1, 2)
d = p.__dict__
p.z = 3
d['w'] = 4
print(d, p.w, p.z)
del d['x']
print(hasattr(p, 'x'), sorted(vars(p)))
d[1] = 'int key'
print(p.__dict__[1], len(d))

# a new __dict__
p = P(1, 2)
p.__dict__ = {'k': 'v'}
print(p.k, hasattr(p, 'x'), vars(p))

# more names than a class shares
class Many:
    pass
objs = []
for i in range(3):
    m = Many()
    for j in range(40):
        setattr(m, 'a%d' % j, j * i)
    objs.append(m)
print([sum(vars(m).values()) for m in objs], objs[2].a39, len(vars(objs[1])))

# __class__ assignment keeps the attributes
class R(P):
    def who(self):
        return 'R', self.x
p = P(5, 6)
p.__class__ = R
print(p.who(), vars(p))
p.extra = 1
print(vars(p))

# an instance attribute shadows a method, and stops shadowing it when deleted
class M:
    def f(self):
        return 'method'
m = M()
for i in range(3):
    if i == 1:
        m.f = lambda: 'instance'
    if i == 2:
        del m.f
    print(m.f())

# attribute caches: many instances, one site
pts = [P(i, -i) for i in range(100)]
total = 0
for q in pts:
    q.x = q.x + 1
    total += q.x - q.y
print(total)

# cycles through the values are collected
class Node:
    def __init__(self, name):
        self.name = name
        self.next = None
n1, n2 = Node('a'), Node('b')
n1.next, n2.next = n2, n1
print(gc.get_referents(n1)[:2] == ['a', n2])
del n1, n2
print(gc.collect() >= 2)

# __getattr__ after the values, setattr/getattr/delattr with computed names
class G:
    def __getattr__(self, name):
        return 'missing ' + name
g = G()
name = ''.join(['ab', 'c'])
setattr(g, name, 1)
print(g.abc, getattr(g, 'ab' + 'c'), g.nope)
delattr(g, name)
print(g.abc)

# copy and pickling's reduce see the attributes
import copy
p = P([1], 'two')
p2 = copy.deepcopy(p)
print(vars(p2), p2.x is not p.x, p.__reduce_ex__(2)[2])
