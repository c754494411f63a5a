# itertools.product.
from itertools import product
print(list(product('ab', [1, 2])))
print(list(product('01', repeat=3)))
print(list(product())), print(list(product([], 'ab')))
print(list(product(range(2), range(2), range(2))) == list(product(range(2), repeat=3)))
print(len(list(product(range(4), repeat=4))), list(product('ab', repeat=0)))
for a, b in product([1, 2], 'xy'):
    print(a, b, end=' | ')
print()
grid = [(r, c) for r, c in product(range(2), range(3))]
print(grid)
print([''.join(p) for p in product('AB', 'CD', 'E')])
print(sum(1 for x, y in product(range(10), repeat=2) if x + y == 9))
p = product([1, 2], [3])
print(next(p), next(p), next(p, 'done'))
