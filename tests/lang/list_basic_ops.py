# Core list methods.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.insert(0, 2)
a.insert(100, 6)
a.insert(-1, 'x')
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.count(1), a.count(7), 4 in a, 7 not in a)
b = a.copy()
b.append('copy')
print(a, b, a == b[:-1])
a.clear()
print(a, len(a), bool(a), bool(b))
c = [1, 2] + [3] * 2
c += (4, 5)
c += 'ab'
print(c, c.index(3, 3), [0] * 0, [] * 5)
d = list(range(5))
d[1] = 'one'
d[-1] = 'last'
print(d, d[-2], list('xy'), list((1, 2)), list({3: 4}))
nested = [[1, 2], [3]]
nested[0].append(9)
print(nested, len(nested), sum(len(x) for x in nested))
print(list(), [None] * 3, [[0] * 2 for _ in range(2)], a is not b)
