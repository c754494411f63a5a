# List slicing, slice assignment and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:2:-2], a[-1:-5:-1])
print(a[100:], a[-100:2], a[5:1], a[::-3], a[1::3])
b = a[:]
b[2:5] = ['x']
print(b)
b[1:1] = [10, 20, 30]
print(b)
b[:] = b[::-1]
print(b)
b[-2:] = []
print(b)
c = list(range(10))
c[::2] = 'abcde'
print(c)
c[1::3] = [None] * len(c[1::3])
print(c)
del c[::3]
print(c)
del c[1:3]
print(c)
d = list(range(6))
d[2:4] = range(100, 105)
print(d, len(d))
e = [1, 2, 3]
e[len(e):] = [4, 5]
e[:0] = [0]
print(e)
try:
    e[::2] = [1]
except ValueError as err:
    print('ValueError:', err)
