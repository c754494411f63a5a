# Basic integer arithmetic with mixed signs.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b)
    print('  /', a / b)
    print('  //', a // b, '%', a % b)
    print('  **', a ** 2, b ** 3)
print(2 + 3 * 4 - 5)
print((2 + 3) * (4 - 5))
print(-3 ** 2, (-3) ** 2)
print(2 ** -1, 2 ** -2, 10 ** 0)
print(0 ** 0, 1 ** 100)
x = 10
x -= 3
x *= 4
x //= 3
x %= 5
print(x)
print(abs(-17), -(-17), +(-17))
print(int.__name__, type(1 + 1).__name__, type(1 / 1).__name__)
print(1000000 * 1000000)
print(123456789 * 987654321)
