# WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize: entries go
# away the moment their referent dies.
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Item(%d)' % self.n


items = [Item(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for it in items:
    d[it.n] = it
print(len(d), sorted(d), d[2], d.get(9, 'missing'), 3 in d)
del items[2]
print(len(d), sorted(d), 2 in d, d.get(2))
try:
    d[2]
except KeyError as e:
    print('KeyError', e)
print(sorted(d.items(), key=lambda kv: kv[0]))
extra = Item(10)
d['x'] = extra
print(d.pop('x'), len(d), d.setdefault('y', extra), sorted(map(repr, d.values())))
del extra, it
print(sorted(d))
items.clear()
print(len(d), list(d.items()))

# a referent dying while the dictionary is being iterated
held = {i: Item(i) for i in range(5)}
d2 = weakref.WeakValueDictionary(held)
for key in d2.keys():
    if key == 1:
        del held[3]
print(len(d2), sorted(d2))

k = weakref.WeakKeyDictionary()
keys = [Item(i) for i in range(3)]
for i, o in enumerate(keys):
    k[o] = i * 10
print(len(k), k[keys[1]], keys[0] in k, 'nope' in k, sorted(k.values()))
del keys[0]
print(len(k), sorted(k.values()))
del o
keys = None
print(len(k), list(k.items()))

ws = weakref.WeakSet()
members = [Item(i) for i in range(4)]
for m in members:
    ws.add(m)
print(len(ws), members[0] in ws, Item(0) in ws)
members.pop()
del m
print(len(ws), sorted(x.n for x in ws))
members = None
print(len(ws), list(ws))


class Resource:
    pass


res = Resource()
fin = weakref.finalize(res, print, 'cleaning up', 42)
print(fin.alive, fin.atexit, fin.peek()[1:])
del res
print(fin.alive, fin(), fin.peek())
res2 = Resource()
fin2 = weakref.finalize(res2, print, 'never printed')
print(fin2.detach()[1:], fin2.alive)
del res2
res3 = Resource()
fin3 = weakref.finalize(res3, lambda a, b=0: a + b, 1, b=2)
print(fin3(), fin3(), fin3.alive)
