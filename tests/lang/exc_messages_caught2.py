# TypeError messages for bad calls and operands, caught.
def f(a, b):
    return a
def g(*, key):
    return key
five, text, none, pair = 5, 'abc', None, [1, 2]
class C:
    def m(self, x):
        return x
cases = [
    lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, b=2, c=3),
    lambda: f(1, a=2), lambda: g(1), lambda: g(), lambda: C().m(), lambda: C().m(1, 2),
    lambda: C(1), lambda: 1 + 'a', lambda: 'a' + 1, lambda: 'a' * 'b', lambda: [] + (),
    lambda: 1 < 'a', lambda: [] > {}, lambda: -'x', lambda: ~1.5, lambda: len(5),
    lambda: five(), lambda: text(), lambda: none[0], lambda: five[0], lambda: {[]: 1},
    lambda: {{}}, lambda: hash([]), lambda: iter(5), lambda: int([]), lambda: sum([1, 'a']),
    lambda: pair['a'], lambda: text[1.5], lambda: abs(None), lambda: (1).__add__(),
    lambda: list(1, 2), lambda: sorted([1, 'a']), lambda: 'x'.join([1]),
]
for fn in cases:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)
