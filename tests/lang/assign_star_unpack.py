# Starred unpacking in assignments, literals and calls.
a, *b = [1, 2, 3]
*c, d = (1, 2, 3)
e, *f, g = 'abcdef'
h, *i = [1]
print(a, b, c, d, e, f, g, h, i)
first, *_, last = range(10)
print(first, last, _)
print([*range(3), *'ab', *[None]])
print((*[1, 2], 3), {*'abc'} == set('abc'), {**{'x': 1}, 'y': 2, **{'x': 3}})
print(*[1, 2, 3], sep='-')
print(*'xyz', *range(2))
def f3(a, b, c):
    return a + b + c
print(f3(*[1, 2, 3]), f3(1, *(2, 3)), f3(*'ab', 'c'), f3(**{'a': 1, 'b': 2, 'c': 3}))
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], *[3], x=1, **{'y': 2}))
for x, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(x, rest)
[p, *q], r = [1, 2, 3], 4
print(p, q, r)
t = 1, *[2, 3]
print(t, type(t).__name__)
merged = [*[1, 2], *(3,), *{4: 'd'}]
print(merged)
