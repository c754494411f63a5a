# dict repr with various key types; equal keys collapse.
d = {1: 'int', 2.5: 'float', 'x': 'str', (1, 2): 'tuple', None: 'none', True: 'bool?'}
print(d)
print(len(d), d[1], d[True], d[1.0])
e = {}
e[1] = 'a'
e[1.0] = 'b'
e[True] = 'c'
print(e, list(e.keys()), type(list(e)[0]).__name__)
f = {0: 'zero', False: 'false', 0.0: 'float'}
print(f)
g = {frozenset([1, 2]): 'fs', (): 'empty', -1: 'neg', 10 ** 20: 'big'}
print(g[frozenset([2, 1])], g[()], g[-1], g[10 ** 20])
print({'a': [1, 2], 'b': {'c': (3,)}}, {1: {}}, {'': ''}, {})
h = {'quote': "it's", 'dq': 'say "x"', 'nl': 'a\nb'}
print(h)
print(repr({1: 1.0}), str({'k': None}), {(): ()})
print(dict([(i, i) for i in (3, 1, 2)]), {2 ** 64: 1, -2 ** 64: 2})
