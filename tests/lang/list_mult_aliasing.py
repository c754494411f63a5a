# Aliasing with list multiplication and assignment.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid, grid[0] is grid[1])
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a[:]
c.append(5)
print(a, c, a == c, a is c)
d = list(a)
print(d == a, d is a)
def mutate(lst):
    lst.append('m')
    lst = ['rebound']
    return lst
r = mutate(a)
print(a, r)
t = ([1], [2])
t[0].append(10)
print(t)
e = [[]] * 2
e[0].append('shared')
print(e)
x = y = []
x.append(1)
print(x, y)
m = [0] * 4
m[1] = 7
print(m)
