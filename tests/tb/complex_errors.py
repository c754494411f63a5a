# test: full-stderr
# complex errors whose text changed between versions: floor division and
# modulo (3.8-3.9 raise "can't take floor of complex number."), int() and
# float() ("can't convert complex to int"), math functions, %-formatting,
# and which dunder methods the type has (__complex__ is 3.11+).
import math
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
x = 1 + 2j
t('floordiv', lambda: x // 2)
t('rfloordiv', lambda: 2 // x)
t('floordiv str', lambda: x // 'a')
t('mod', lambda: x % 2.5)
t('rmod', lambda: 2 % x)
t('divmod', lambda: divmod(x, 2))
t('rdivmod', lambda: divmod(2, x))
t('divmod str', lambda: divmod(x, 'a'))
t('int', lambda: int(x))
t('float', lambda: float(x))
t('round', lambda: round(x))
t('sqrt', lambda: math.sqrt(x))
t('floor', lambda: math.floor(x))
t('isnan', lambda: math.isnan(x))
t('%f', lambda: '%f' % x)
t('%x', lambda: '%x' % x)
t('range', lambda: range(x))
t('index', lambda: [1, 2][x])
t('__complex__', lambda: x.__complex__())
for name in ['__complex__', '__int__', '__float__', '__floordiv__', '__rfloordiv__', '__mod__',
             '__rmod__', '__divmod__', '__rdivmod__', '__getnewargs__', '__format__', '__pow__']:
    print(name, name in complex.__dict__, hasattr(x, name))
class C(complex):
    def __floordiv__(self, other):
        return 'C//'
print(C(1) // 2, hasattr(C(1), '__int__'))
t('int C', lambda: int(C(1)))
def g(z):
    return z.real + z // 2
g(x)
