# ints built at run time report the same size as literals.
import sys
vals = [int('7'), int('1' * 20), 2**31 + int('3'), 10**6 + int('1'), -int('123456789012'), abs(-2**40)]
for v in vals:
    print(sys.getsizeof(v))
x = 0
for i in range(100):
    x = x * 7 + i
print(x.bit_length(), sys.getsizeof(x))
print(sys.getsizeof(int()), sys.getsizeof(int(False)), sys.getsizeof(True + 0))
