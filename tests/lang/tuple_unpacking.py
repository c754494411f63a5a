# Tuple unpacking in assignment and loops.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = 'pq'
print(p, q)
for i, (name, score) in enumerate([('ann', 9), ('bob', 7)]):
    print(i, name, score)
first, *rest = [1, 2, 3, 4]
*init, last = 'hello'
head, *mid, tail = range(6)
print(first, rest, init, last, head, mid, tail)
a, *b, c = 1, 2
print(a, b, c)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)
d = {'k1': 1, 'k2': 2}
for k, v in d.items():
    print(k, v)
k1, k2 = d
print(k1, k2)
s1, s2, s3 = {1: 0, 2: 0, 3: 0}
print(s1 + s2 + s3)
i = j = k = 0
i, j = j + 1, i + 2
print(i, j, k)
lst = [0, 0, 0]
idx, lst[idx] = 1, 'set'
print(lst)
