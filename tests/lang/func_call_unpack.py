# Calling with unpacked arguments.
def f(a, b, c=0, *args, d=None, **kw):
    return a, b, c, args, d, kw
print(f(*[1, 2]))
print(f(*[1], *[2, 3], *(4, 5)))
print(f(1, *range(2, 4), d='D'))
print(f(**{'a': 'A', 'b': 'B'}, d=1))
print(f(1, 2, **{'x': 1}, **{'y': 2}))
print(f(*'ab', c='C', **{'d': 'D', 'e': 'E'}))
args = (10, 20)
kwargs = {'c': 30, 'z': 'zz'}
print(f(*args, **kwargs))
print(max(*[3, 9, 2]), min(*'hello'), print(*[], sep='|'))
print(*(x * 2 for x in range(4)))
def g(x, y):
    return x - y
print(g(*(5, 3)), g(y=3, x=5), g(*[5], y=3), g(**dict(x=1, y=10)))
print(sorted(*[[3, 1, 2]]), dict(**{'a': 1}, b=2), list(zip(*[(1, 'a'), (2, 'b')])))
