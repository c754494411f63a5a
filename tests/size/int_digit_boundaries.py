# int sizes across the 30-bit digit boundaries, positive and negative.
import sys
for k in range(1, 7):
    b = 30 * k
    for v in (2**b - 1, 2**b, -(2**b - 1), -(2**b)):
        print('2**%d' % b, v - 2**b if v > 0 else '-', sys.getsizeof(v))
for b in (60, 63, 64, 90, 120):
    print('2**%d' % b, sys.getsizeof(2**b), sys.getsizeof(-2**b))
