# dict views.
d = {1: 'a', 2: 'b', 3: 'c'}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d[4] = 'd'
print(len(k), list(v), 4 in k, 'd' in v, (4, 'd') in it, (4, 'x') in it)
print(sorted(k & {2, 3, 9}), sorted(k | {9}), sorted(k - {1}), sorted(k ^ {1, 10}))
print(k == {1, 2, 3, 4}, k >= {1, 2}, sorted(it & {(1, 'a'), (2, 'z')}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it))[0])
del d[1]
print(list(k), list(v), list(it))
for key, val in d.items():
    print(key, val)
print(sum(d.keys()), max(d.values()), sorted(d.items(), reverse=True))
e = {}
print(list(e.keys()), list(e.values()), e.items(), len(e.keys()))
print(isinstance(k, type({}.keys())), type(k).__name__, type(v).__name__, type(it).__name__)
