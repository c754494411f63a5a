# Huge ints: 24 + 4 per 30-bit digit.
import sys
for e in (10, 50, 100, 1000, 10000):
    v = 10 ** e
    print('10**%d' % e, v.bit_length(), sys.getsizeof(v), sys.getsizeof(-v))
f = 1
for i in range(1, 101):
    f *= i
print('100!', sys.getsizeof(f))
print('2**100000', sys.getsizeof(2**100000))
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
