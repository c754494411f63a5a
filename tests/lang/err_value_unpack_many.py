# ValueError: too many values to unpack.
a, b = 1, 2
print(a, b)
first, *rest = [1, 2, 3]
print(first, rest)
pairs = [(1, 2), (3, 4), (5, 6, 7)]
for x, y in pairs[:2]:
    print(x + y)
print('unpacking a triple into two names')
for x, y in pairs:
    print(x, y)
