# Arithmetic, comparison and hashing of complex numbers with ints and floats.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
x, y = 3 + 4j, 1 - 2j
for a, b in [(x, y), (x, 2), (2, x), (x, 0.5), (0.5, x), (True, x), (x, 2 ** 40)]:
    print(a + b, a - b, a * b, a / b, a == b, a != b)
print(abs(x), abs(-5j), abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)))
t(lambda: abs(1e308 + 1e308j))
print(x.conjugate(), x.real, x.imag, +x, -x, x.__getnewargs__())
print(x ** 2, x ** -2, x ** 0, x ** 0.5, x ** y, 2 ** y, 2.0 ** (1 + 1j), (1j) ** 101)
print((1j) ** 200, 0j ** 0, 0j ** 0j, 0j ** 2, 0j ** 1.5, (-1) ** 0.5, (-8.0) ** (1 / 3))
print(pow(x, 2), pow(-1, 0.5), (-2) ** 1.5)
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: (1e200 + 1j) ** 2)
t(lambda: 10j ** 1000)
t(lambda: (1e200 + 1j) ** 2.5)
t(lambda: x / 0)
t(lambda: x / 0j)
t(lambda: 1 / 0j)
t(lambda: 2.5 / complex(0, 0))
t(lambda: pow(x, 2, 3))
t(lambda: pow(2, x, 3))
t(lambda: pow(2, 3, x))
t(lambda: pow(1.5, x, 3))
t(lambda: pow(x, 'a', 3))
t(lambda: x * 2 ** 2000)
t(lambda: 2 ** 2000 + x)
t(lambda: x < y)
t(lambda: x <= 2)
t(lambda: 2.0 > x)
t(lambda: x + 'a')
t(lambda: 'a' + x)
t(lambda: [1] * x)
t(lambda: ~x)
t(lambda: x & 1)
t(lambda: x @ x)
print(1 == 1 + 0j, 1.5 == 1.5 + 0j, 1j == 1, 1 == 1j, 1.0 != 1 + 0j, x != 'a', x == None)
print(2 ** 60 + 0j == 2 ** 60, 2 ** 60 + 1 == complex(2 ** 60 + 1), 2 ** 2000 == x)
print((1j).__eq__(1j), (1).__eq__(1j), (1.0).__eq__(1j), (1j).__lt__(2j))
print(hash(1j), hash(1 + 2j), hash(-1 + 0j), hash(complex(0, -1)), hash(1.5 + 0j) == hash(1.5))
print(hash(complex(2 ** 61)), hash(complex(float('inf'), -float('inf'))), hash(3 + 0j) == hash(3))
n = complex(0, float('nan'))
print(hash(n) == hash(n), n == n, n != n)
z = 1 + 1j
z += 1
z *= 2j
z -= 1.5
z /= 2
z **= 2
print(z)
