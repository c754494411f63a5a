# Containers never include the objects they refer to.
import sys
class P:
    def __init__(self, x):
        self.x = x
pts = [P(i) for i in range(10)]
print(sys.getsizeof(pts), sys.getsizeof(tuple(pts)), sys.getsizeof(set(pts)))
print(sys.getsizeof({i: p for i, p in enumerate(pts)}))
big = ['x' * 10000]
print(sys.getsizeof(big), sys.getsizeof(big[0]))
nested = [[1, 2, 3]] * 5
print(sys.getsizeof(nested))
