# format() and f-strings of complex numbers (complex.__format__).
def t(v, spec):
    try:
        print(repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ':', e)
x = 1 + 2j
for spec in ['', '.2f', '10', '<20.3g', '>12', '^13', '*^14', '+', ' ', '-', 'e', 'E', '.3e',
             'g', 'G', '.0f', '#g', '#.0f', 'n', '10.2', '.3', ',.2f', '_.1f', 'F', 'z.1f',
             '=', '05', '010.2f', '0<10', 'd', '%', 's', 'x', ',d', '.2%', '.1000000000000f']:
    t(x, spec)
for v in [1j, -1j, 0j, -0j, complex(0, -0.0), complex(-0.0, 0.0), 1234567.891 - 0.5j,
          complex(float('nan'), float('-inf')), 1e20 + 1e-20j, -1.5 + 0j]:
    print(repr(v), [format(v, s) for s in ['', 'g', '.2f', '+.1e', '>14', '^9.3']])
y = 3.14159 - 2.71828j
print(f'{y}', f'{y:.3f}', f'{y!r:>20}', f'{y:_^24.2f}', f'[{1j:5}]', f'{-0.0j}', str(y), '{:.1f}'.format(y))
class C(complex):
    pass
t(C(1, 2), '.1f')
t(C(1, 2), 'd')
print('%s %r %10s %-10s|' % (x, x, x, 1j))
try:
    print('%f' % x)
except TypeError as e:
    print(e)
