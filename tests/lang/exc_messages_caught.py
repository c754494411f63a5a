# Messages of common built-in exceptions, caught and printed.
class P:
    pass
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.5 // 0.0,
    lambda: 2.0 % 0, lambda: divmod(1, 0), lambda: int('abc'), lambda: int('1.5'),
    lambda: float('x'), lambda: [][0], lambda: ()[5], lambda: ''[1], lambda: [].pop(),
    lambda: {}['key'], lambda: {}[(1, 2)], lambda: {}[1], lambda: None.attr,
    lambda: (5).foo, lambda: 'x'.foo, lambda: [].foo, lambda: P().missing,
    lambda: P.missing, lambda: [1].index(9), lambda: [1].remove(9),
    lambda: next(iter([])), lambda: {1}.remove(2), lambda: {}.popitem(),
    lambda: 'abc'.index('z'), lambda: (1, 2).index(3), lambda: chr(-1),
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
