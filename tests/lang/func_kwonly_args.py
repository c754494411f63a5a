# Keyword-only and positional-only parameters.
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)
print(f(1, c=3), f(1, 5, c=6, d=7), f(a=0, c=1), f(c=9, a=8, b=7))
def g(*args, sep='-', end='!'):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g('a', 'b', sep='+'), g(end='?'))
def pos(a, b, /, c, *, d):
    return [a, b, c, d]
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def kw_only(*, name, greeting='Hello'):
    return f'{greeting}, {name}'
print(kw_only(name='Ann'), kw_only(greeting='Hi', name='Bo'))
def mixed(x, /, y=1, *rest, z, **opts):
    return x, y, rest, z, opts
print(mixed(0, z=1), mixed(0, 2, 3, 4, z=5, w=6), mixed(0, x=1, z=2))
for call in (lambda: f(1), lambda: pos(1, b=2, c=3, d=4), lambda: kw_only('Ann')):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
