# pow() with two and three arguments.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(-2, -2))
print(pow(3, 200, 1000), pow(2, 100, 7), pow(10, 18, 10 ** 9 + 7))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(0, 0, 5), pow(5, 0, 1))
print(pow(3, -1, 7), pow(2, -1, 101), pow(38, -1, 97))
print(pow(2 ** 100, 2 ** 10, 2 ** 61 - 1))
print(pow(7, 12345678901234567890, 1000000007))
print(pow(2.0, 3), pow(2, 0.5), pow(4, 0.5), pow(-8, 2.0))
print(2 ** 0.5, 10 ** -3, 0.5 ** 2)
print(pow(base=3, exp=4), pow(3, 4, mod=5))
for b in range(1, 8):
    print(b, [pow(b, e, 11) for e in range(6)])
try:
    pow(2, 5, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
