# Floats and complex numbers.
import sys
for v in [0.0, 1.5, -2.25, float('inf'), float('nan'), 1e300, 5e-324]:
    print(repr(v), sys.getsizeof(v), v.__sizeof__())
for v in [1j, 0j, complex(1, 2)]:
    print(repr(v), sys.getsizeof(v))
print(sys.getsizeof(float('1.25') * 3))
