# set operations (small ints print in a fixed order).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference([1]), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.isdisjoint({9}))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([2, 5], (6,))
print(s, len(s), 3 in s, 4 not in s)
s.discard(10)
s.discard(5)
s.remove(6)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print('KeyError:', e)
c = a.copy()
c &= {1, 2, 10}
print(c, a)
c |= {7}
c -= {1}
c ^= {2, 8}
print(c)
print(sorted({'pear', 'apple', 'fig'}), set('aab') == {'a', 'b'}, set() == set(), {1} == frozenset({1}))
print(set([3, 3, 2, 1]), set(range(5)), {x % 4 for x in range(10)}, set())
p = {10, 20}
print(p.pop() in (10, 20), len(p))
p.clear()
print(p, bool(p), {0} != {False}, {1, 2} == {2, 1})
