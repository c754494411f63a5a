# Conversions between float, int and str.
print(float(3), float(-7), float(2 ** 60), float(True))
print(float('  1.5 '), float('1e3'), float('-0.0'), float('.5'), float('5.'))
print(float('1_000.5'), float('+2.5E-3'), float('0012.5'))
print(int(1e20), int(-1e20), int(1.9999), int(-1.9999), int(2.5e15))
print(int(1e30), int(5e-324), int(123456789.987))
print(1e300 * 1e300, -1e300 * 1e300)
print(float(10 ** 308), float(-(10 ** 20)), float(2 ** 53 + 1))
print(str(1.0), str(1.5e-7), str(123456789.0), str(1e16), str(-2.0))
print(repr(float('1.10')), repr(float('0.30000000000000004')))
print((0.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio())
print((-2.5).as_integer_ratio(), (1e20).is_integer())
print(3 / 2, 4 / 2, type(4 / 2).__name__, 2 ** 0.5 * 2 ** 0.5)
print(1 + 2.0, 3 * 1.0, 7 - 0.5, 10 // 3.0, 10 % 3.0)
for s in ['3.14', ' -1e-3 ', 'abc', '1,5', '']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
