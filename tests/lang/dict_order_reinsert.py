# Dict insertion order after delete and reinsert.
d = {}
for k in ['one', 'two', 'three', 'four']:
    d[k] = len(k)
print(d)
del d['two']
print(d)
d['two'] = 2
print(d)
d['one'] = 'updated'
print(d, list(d))
d.pop('three')
d['three'] = 3
d['zero'] = 0
print(d)
e = {3: 'c', 1: 'a', 2: 'b'}
print(e, sorted(e), list(e.items()))
e[1] = 'A'
del e[3]
e[3] = 'C'
print(e)
f = dict.fromkeys([5, 3, 9, 1])
print(list(f))
for k in list(f):
    if k > 4:
        del f[k]
        f[k] = 'moved'
print(f)
g = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del g[i]
g[0] = 0
print(g)
h = {'b': 1, 'a': 2}
h.update({'c': 3, 'b': 4})
print(h, {**h, 'a': 0}, dict(reversed(list(h.items()))))
