# Constructing containers from iterables; bool() of values.
print(list('abc'), list((1, 2)), list({'k': 1, 'j': 2}), list(range(3)), list())
print(tuple([1, 2]), tuple('xy'), tuple({5: 0}), tuple())
print(dict([('a', 1), ['b', 2]]), dict(a=1), dict({'x': 0}, y=1), dict(), dict(zip('ab', 'cd')))
print(set([3, 1, 3]), set('aa'), set(), set(range(4)), frozenset([1, 1]))
print(str(123), int('7') + 1, float('2.5') * 2, bool('False'), bool(''), bool([]), bool([[]]))
print(list(map(bool, [0, 1, -1, 0.0, 0.1, '', ' ', None, (), (None,), {}, {0: 0}, set(), range(0)])))
g = (i for i in range(3))
print(list(g), list(g))
print(list({1: 'a', 2: 'b'}.items()), tuple(enumerate('ab')), dict(enumerate('xy')))
print(len([1, 2]), len('abc'), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b'12'))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()), bool(Sized()), list([[1]])[0], list(list('ab')))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)
try:
    list(5)
except TypeError as e:
    print('TypeError:', e)
