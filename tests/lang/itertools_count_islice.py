# itertools.count and islice.
import itertools
c = itertools.count()
print(next(c), next(c), next(c))
print(list(itertools.islice(itertools.count(10), 5)))
print(list(itertools.islice(itertools.count(0, 3), 4)), list(itertools.islice(itertools.count(5, -2), 4)))
print(list(itertools.islice(itertools.count(0.5, 0.25), 3)))
print(list(itertools.islice('abcdefg', 2)), list(itertools.islice('abcdefg', 2, 5)))
print(list(itertools.islice('abcdefg', 1, None, 2)), list(itertools.islice(range(100), 10, 30, 7)))
print(list(itertools.islice([], 3)), list(itertools.islice('ab', 10)), list(itertools.islice('abc', 0)))
for i, ch in zip(itertools.count(1), 'xyz'):
    print(i, ch)
it = iter(range(10))
print(list(itertools.islice(it, 3)), list(itertools.islice(it, 3)), next(it))
def gen():
    n = 0
    while True:
        yield n * n
        n += 1
print(list(itertools.islice(gen(), 2, 8)))
print(repr(itertools.count(3)), repr(itertools.count(1, 2)))
