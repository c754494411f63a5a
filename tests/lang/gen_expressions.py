# Generator expressions are lazy.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
log = []
def noisy(x):
    log.append(x)
    return x
lazy = (noisy(x) for x in range(5))
print(log)
print(next(lazy), log)
print(any(noisy(x) > 10 for x in [1, 20, 30]), log)
print(list(x for x in 'abc' if x != 'b'), tuple(n % 3 for n in range(7)))
print(sorted((-x for x in [3, 1, 2])), set(c for c in 'aabbc') == {'a', 'b', 'c'})
print(dict((k, len(k)) for k in ['xx', 'y']), ''.join(str(d) for d in range(5)))
pairs = ((x, y) for x in range(3) for y in range(3) if x != y)
print(list(pairs))
nums = [1, 2, 3]
gen = (n * 10 for n in nums)
nums.append(4)
print(list(gen))
print(sum(1 for line in 'a\nb\nc'.split('\n')), min((len(s), s) for s in ['bb', 'a', 'c']))
