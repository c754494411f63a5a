# int() parsing from strings and floats.
print(int('  42 '), int('-17'), int('+8'), int('\t9\n'))
print(int('ff', 16), int('FF', 16), int('777', 8), int('101', 2))
print(int('0x1f', 0), int('0o17', 0), int('0b101', 0), int('123', 0))
print(int('-0x1f', 16), int('0X1F', 16), int('z', 36))
print(int('1_000'), int('0x_ff', 0), int('1_2_3', 10))
print(int(3.9), int(-3.9), int(0.5), int(-0.5))
print(int(True), int(False), int(1e15))
print(int('000'), int('0', 0), int('-0'))
print(int(), int(7))
print(int('10', base=3), int('21', 5))
for s in ['12', ' 0x10 ', '1e3', '', 'abc', '1.5', '١٢٣']:
    try:
        print(repr(s), int(s, 0) if s.strip().startswith('0x') else int(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
try:
    int('12', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
