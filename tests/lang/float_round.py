# round() on floats with ndigits.
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1), round(-3.5))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(-2.5))
print(round(1e20), round(1.5e16), round(123.456, 10))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
for nd in range(-2, 5):
    print(nd, round(98765.4321, nd))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(1.5, None)).__name__)
print(round(-0.0), round(-0.4, 0), round(0.0001, 3))
x = 2.5
print(f'{x:.0f}', f'{3.5:.0f}', f'{0.125:.2f}', f'{0.375:.2f}', '%.1f' % 0.25)
print('%.2f' % 2.675, '%.3f' % 1.0005, '%.0f' % 0.5, '%.0f' % 1.5)
