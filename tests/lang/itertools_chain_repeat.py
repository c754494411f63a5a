# itertools.chain and repeat.
from itertools import chain, repeat, islice
print(list(chain([1, 2], 'ab', (3,), range(2))), list(chain()), list(chain([], [])))
print(list(chain.from_iterable([[1], [2, 3], []])), list(chain.from_iterable(['ab', 'cd'])))
print(list(repeat('x', 3)), list(repeat(None, 0)), list(islice(repeat(7), 4)))
print(list(map(pow, range(5), repeat(2))), list(zip('abc', repeat(0))))
print(repr(repeat('r', 2)))
c = chain('ab', 'c')
print(next(c), next(c), next(c), next(c, 'end'))
nested = [[1, [2]], [3]]
print(list(chain(*nested)))
total = sum(chain(range(3), [10], (100,)))
print(total, ''.join(chain('ab', 'cd', 'e')), sorted(chain({3, 1}, [2])))
r = repeat([1], 2)
a, b = r
print(a is b, list(repeat('z', -1)))
def gen(n):
    yield from range(n)
print(list(chain(gen(2), gen(3))), max(chain([1], [9], [5])))
