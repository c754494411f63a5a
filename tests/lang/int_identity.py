# CPython keeps -5..256 as shared objects; every other int is an object
# of its own, made where it is computed (constants of one code object are
# shared).
a = 256
b = 255 + int('1')
print(a is b)
x = int('257')
y = int('257')
print(x == y, x is y)
c = 1000
d = 1000
print(c is d)
def f():
    return 100000
print(f() is f())
n = 300
m5 = -5
print(n + 0 is n, n * 1 == n, m5 + 0 is m5)
k = [i for i in range(250, 262)]
m = [i for i in range(250, 262)]
print([p is q for p, q in zip(k, m)])
big = 2 ** 70
five, zero = 5, 0
print(big - 2 ** 70 + 5 is five, (big - big) is zero)
print(len({id(v) for v in k}), id(k[0]) == id(m[0]), id(k[-1]) == id(m[-1]))
