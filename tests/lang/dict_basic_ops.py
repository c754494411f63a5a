# Core dict operations.
d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 1 in d)
print(d.setdefault('a', 100), d.setdefault('e', 5), d)
print(d.pop('b'), d.pop('nope', 'default'), d)
d.update({'a': 10, 'f': 6})
d.update(g=7)
d.update([('h', 8)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d.popitem(), d)
c = d.copy()
c['new'] = 1
print(d, c, d == c)
d.clear()
print(d, bool(d), bool(c))
print(dict(a=1, b=2), dict([(1, 'x'), (2, 'y')]), dict(zip('abc', range(3))))
print(dict.fromkeys('xyz'), dict.fromkeys([1, 2], 0), dict({'q': 1}, r=2))
e = {}
for w in 'the cat and the hat and the bat'.split():
    e[w] = e.get(w, 0) + 1
print(e, max(e, key=e.get), sorted(e.items(), key=lambda kv: -kv[1]))
print({**{'a': 1}, **{'b': 2, 'a': 3}}, {'x': 1} | {'y': 2}, {1: 2} == {1: 2.0})
f = {'x': 1}
f |= {'y': 2}
print(f, list(f), [k for k in f], sum(f.values()))
print(d.get('missing') is None, {}.get(1, []), {(1, 2): 'tuple key'}[1, 2])
