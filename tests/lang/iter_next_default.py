# iter() and next() with a default.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
empty = iter(())
print(next(empty, 0), next(iter('x')), next(iter({'k': 1})), next(iter({5})))
d = iter({'a': 1, 'b': 2}.items())
print(next(d), next(d), next(d, ('end', 0)))
s = iter('abc')
print(list(s), list(s), next(s, '!'))
r = iter(range(3))
print(next(r), list(r))
lst = [1, 2, 3]
i1 = iter(lst)
i2 = iter(lst)
print(next(i1), next(i1), next(i2), i1 is not i2, iter(i1) is i1)
g = (c for c in 'hi')
print(next(g), next(g), next(g, 'gen done'))
first_even = next((n for n in [1, 3, 4, 6] if n % 2 == 0), None)
no_match = next((n for n in [1, 3] if n % 2 == 0), 'none found')
print(first_even, no_match)
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', repr(e), e.args)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
