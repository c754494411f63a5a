# Arithmetic across the 30-bit digit boundaries.
a = 2 ** 30
b = 2 ** 60 + 12345
c = -(2 ** 90) + 7
print(a - 1, a, a + 1)
print(a * a, a * a - 1)
print(b + c, b - c, c - b)
print(b * c)
print(c // b, c % b)
print(b // 3, b % 3)
print(c // -12345, c % -12345)
print((b * c) // c == b, (b * c) % c)
x = 99999999999999999999999999999
y = 11111111111111111111
print(x + y, x - y, x * y)
print(x // y, x % y)
print(-x // y, -x % y)
print(divmod(x, -y))
print(x > y, -x < -y, x == x + 0, x != y)
print(max(x, y, c), min(x, y, c))
print(abs(c), -c)
print(sum(2 ** k for k in range(100)) == 2 ** 100 - 1)
print(1 << 100, (1 << 100) >> 99)
print(0xFFFFFFFFFFFFFFFF + 1)
print(int(str(c)) == c, hash(2 ** 61 - 1), hash(-1), hash(2 ** 61), hash(-(2 ** 61)))
