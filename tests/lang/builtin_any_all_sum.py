# any, all, sum.
print(any([]), all([]), any([0, '', None]), all([1, 'x', [0]]), any([0, 0.0, 1]))
print(all(x > 0 for x in range(1, 5)), any(c.isupper() for c in 'abC'), all('abc'))
print(sum([]), sum([1, 2, 3]), sum(range(10), 100), sum([0.1, 0.2]), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True, False]))
print(sum([10 ** 20, 1, -10 ** 20]), sum(x * x for x in range(1000)), sum([], 7), sum([1], start=5))
print(sum([0.1] * 10), sum([1e100, 1, -1e100]), sum(range(-5, 5)), sum({1: 'a', 2: 'b'}))
print(any(x for x in [[], {}, (0,)]), all(x for x in [[], 1]), any(iter([None, 0])))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 1, 5]), seen)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
