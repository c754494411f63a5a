# range objects: repr, len, membership, slicing.
r = range(10)
print(r, range(2, 8), range(0, 10, 3), range(5, -5, -2), range(0))
print(len(r), len(range(2, 8)), len(range(0, 10, 3)), len(range(5, -5, -2)), len(range(5, 0)))
print(list(range(0, 10, 3)), list(range(5, -5, -2)), list(range(3, 3)))
print(5 in r, 10 in r, -1 in r, 3 in range(0, 10, 3), 4 in range(0, 10, 3), 2.0 in r)
print(r[2:8:2], r[::-1], r[-3:], r[::3][1:], range(0, 20, 2)[1:5])
print(list(r[2:8:2]), list(r[::-1]), r[-1], r[0], range(5, -5, -2)[2])
print(range(0, 10, 3).index(6), range(10).count(3), range(5, 0, -1).index(2))
print(range(3) == range(0, 3, 1), range(0) == range(5, 2), range(1, 2) == range(1, 3, 5))
print(list(reversed(range(1, 8, 3))), sum(range(101)), max(range(-3, 3)), min(range(4, 1, -1)))
big = range(0, 10 ** 20, 7)
print(big[10 ** 18], 7 * 10 ** 17 in big, 7 * 10 ** 17 + 1 in big, big[-1], big)
print(r.start, r.stop, r.step, range(1, 5, 2).step, bool(range(0)), bool(range(1)))
for i in range(3, 0, -1):
    print(i, end=' ')
print()
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    r[10]
except IndexError as e:
    print('IndexError:', e)
