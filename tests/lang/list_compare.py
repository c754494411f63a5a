# Comparing lists and tuples.
print([1, 2, 3] == [1, 2, 3], [1, 2] == (1, 2), [] == [], [1] != [1.0])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print((1, 'a') < (1, 'b'), (2,) > (1, 5), () < (0,), (1, 2) <= (1, 2))
print([[1, 2], [1]] < [[1, 2], [2]], [1, [2, 3]] == [1, [2, 3]])
print(max([[1, 2], [3], [1, 2, 3]]), min([(2, 'b'), (2, 'a'), (1, 'z')]))
print(sorted([[2, 1], [1, 2], [1], [2]]))
print([1, 2, 3] != [1, 2, 4], (1, 2) == (1, 2.0), [0.0] == [-0.0])
nan = float('nan')
x = [nan]
print(x == x, [nan] == [nan], x[0] == x[0])
print([1, 2] * 2 == [1, 2, 1, 2], (1,) * 3 == (1, 1, 1))
print([True, 1] == [1, True], [None] == [None], ['a'] < ['b'])
try:
    print([1, 'a'] < [1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    print((1, 2) < [1, 2])
except TypeError as e:
    print('TypeError:', e)
