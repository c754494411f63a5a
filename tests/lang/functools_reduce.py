# functools.reduce.
from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a * b, range(1, 31)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a, [], 'initial'), reduce(min, [5]))
print(reduce(lambda a, b: b + a, 'abcde'), reduce(lambda d, k: {**d, k: len(d)}, 'xyz', {}))
log = []
def step(a, b):
    log.append((a, b))
    return a - b
print(reduce(step, [10, 1, 2, 3]), log)
print(reduce(step, [1], 100), reduce(step, [], 7))
try:
    reduce(step, [])
except TypeError as e:
    print('TypeError:', e)
nested = [[1, 2], [3], [], [4, 5]]
print(reduce(lambda a, b: a + b, nested))
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
