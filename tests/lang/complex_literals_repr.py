# Imaginary literals, constant folding and repr/str of complex numbers.
print(1j, 2.5J, 1e3j, 0j, 1_0j, 0.5j, 1_000.000_1j, 1e-5j, 0e0j)
print(type(1j).__name__, (1j).real, (1j).imag)
print(1 + 2j, 1 - 2j, -1 - 2j, -(1 + 2j), -0j, -0.0j, 0j * -1)
print(repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)), repr(complex(-0.0, -0.0)))
inf, nan = float('inf'), float('nan')
for v in [1.5 + 0j, complex(nan, inf), complex(-inf, -nan), 1e20 + 1e-5j, 1e16j, 1e15j,
          123456789012345678j, 2 - 3j, -2.5 + 3.25j, complex(5e-324, -5e-324),
          complex(1.7976931348623157e308, 0.1)]:
    print(repr(v), str(v), '%s %r' % (v, v))
# folded constants: the same value is one constant; 0j and -0.0j are two
def f():
    return 1 + 2j, 1 + 2j, -0.0j, 0j, 2 ** 0.5j
a, b, c, d, e = f()
print(a is b, c, d, e)
print(repr(1j + 0), 1j * 1j, (1 + 1j) ** 2, 3 * (2 - 1j) / (1 + 1j))
print([x * 1j for x in range(4)])
print(sum([1j, 2, 3.5, -0.5j]), 1j in {1j: 0}, {0j: 'a', 0: 'b', 0.0: 'c'})
if 0j:
    print('0j is true')
if 1j:
    print('1j is true')
print(not 0j, not 1e-300j, bool(complex(0, -0.0)), bool(complex(nan)))
