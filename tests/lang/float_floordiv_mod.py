# Floor division and modulo on floats.
import math
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2, -7.5 // -2, -7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5))
print(math.fmod(-7.5, 2), math.fmod(7.5, -2), math.fmod(-7, 3))
print(5.0 % 0.1, 1.0 // 0.1, 1.0 % 0.1)
print(-0.0 // 1, 0.0 % -1, -1e-20 % 1)
print(-1 % 1e30, 1e30 % -7)
print(10 // 3.5, 10 % 3.5, -10 // 3.5, -10 % 3.5)
for a in (-3.0, -1.5, -0.5, 0.5, 1.5, 3.0):
    print(a, a // 1, a % 1, a // -1, a % -1)
print(3.0 % float('inf'), -3.0 % float('inf'), 3.0 // float('inf'))
print(divmod(1e20, 3.0), divmod(-0.0, 5))
