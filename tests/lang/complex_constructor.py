# complex(): numbers, objects with __complex__/__float__/__index__, strings.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class A:
    def __complex__(self): return 3 + 4j
class B:
    def __complex__(self): return 3
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class Cs(complex):
    def __repr__(self): return 'Cs' + super().__repr__()
t(lambda: complex())
t(lambda: complex(2))
t(lambda: complex(1.5))
t(lambda: complex(True))
t(lambda: complex(1, 2))
t(lambda: complex(real=1, imag=2))
t(lambda: complex(imag=2))
t(lambda: complex(1, imag=2.5))
t(lambda: complex(1j, 1j))
t(lambda: complex(1 + 2j, 3 + 4j))
t(lambda: complex(A()))
t(lambda: complex(A(), 1))
t(lambda: complex(F()))
t(lambda: complex(I()))
t(lambda: complex(F(), I()))
t(lambda: complex(2 ** 2000))
t(lambda: complex(1, 2 ** 2000))
t(lambda: complex(B()))
t(lambda: complex([]))
t(lambda: complex(None))
t(lambda: complex(b'1'))
t(lambda: complex(1, []))
t(lambda: complex('1+2j', 1))
t(lambda: complex(1, '2'))
t(lambda: complex(1, 2, 3))
x = 1 + 2j
print(complex(x) is x, complex(x, 0) is x, type(Cs(1, 2)), Cs(1, 2), complex(Cs(5)))
print(type(Cs(1, 2) + 1).__name__, type(+Cs(1, 2)).__name__, type(-Cs(1, 2)).__name__)
print(Cs(1, 2) == 1 + 2j, hash(Cs(1, 2)) == hash(1 + 2j), Cs('3j'), Cs(1, 2).conjugate())
for s in ['1+2j', ' ( 1+2j ) ', 'j', '-j', '+J', '1-j', '2+j', 'inf', '-infj', 'nan+nanj',
          'infinity-INFINITYj', 'InF+nAnJ', '1e3j', '1_0j', '1_0.5_5e1_0j', '1.5', '1.j', '.5j',
          '1 + 2j', '  1e-5-3.5E+2J\n', '\u0661+\u0662j', '\u20031j\u2003', '-0j', '-0-0j',
          '0.0-0j', '1e500j', '-1e500+1e-500j',
          '1__0j', '_1j', '1_j', '1e_5j', '1_', '(1', '1)', '()', '', ' ', '1+2', 'j1', '1+2jj',
          '1e', '+1.5+-2j', '\x00', '1\x00', '1_0\x00', '(1+2j)(', '1+2j)', 'jj', '+', '0x1j',
          'nanj', '1ej', 'e1j', '1 2j', '(1+2j']:
    t(lambda: complex(s))
