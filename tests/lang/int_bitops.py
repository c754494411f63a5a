# Bitwise operators, including negative and big numbers.
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 100)
print(5 << 0, 5 >> 0, 0 << 100)
big = 2 ** 100 + 2 ** 50 + 1
print(big & 0xFFFF, big | 1, big ^ big, big >> 50, big << 3)
print(-big & 0xFFFFFFFF, -big >> 60, ~big)
print((2 ** 64 - 1) & -(2 ** 32))
print(-(2 ** 70) | 5, -(2 ** 70) ^ -1)
for x in (0, 1, 7, 8, 255, 256, -1, -256, 2 ** 40):
    print(x, x.bit_length(), bin(x))
print(0b1010 & 0b0110, 0o17 | 0o20, 0xF0 ^ 0x0F)
print(True & False, True | False, True ^ True, ~True)
flags = 0
for bit in (0, 3, 5, 31, 32, 63):
    flags |= 1 << bit
print(flags, hex(flags))
print(flags & ~(1 << 31))
print(bin(-5), bin(5 & -5))
