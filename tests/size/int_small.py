# sys.getsizeof of small ints, 0 and bool.
import sys
for v in [0, 1, -1, 5, 255, 256, 257, -5, -6, 1000]:
    print(v, sys.getsizeof(v), v.__sizeof__())
print('True', sys.getsizeof(True), True.__sizeof__())
print('False', sys.getsizeof(False), False.__sizeof__())
