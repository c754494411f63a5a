# hash() of ints, floats and tuples is deterministic.
for n in (0, 1, -1, -2, 2, 100, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 10 ** 30):
    print(n, hash(n))
for x in (0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e100, 2.0 ** 61, float('inf'), -float('inf')):
    print(x, hash(x))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((0.5, -1)))
print(hash(frozenset()) == hash(frozenset()), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(range(3)) == hash(range(0, 3)), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
d = {}
for k in (1, 1.0, True, 2 ** 61 - 1, 0, 0.0):
    d[k] = d.get(k, 0) + 1
print(d)
