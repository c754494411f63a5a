# Integer functions of the math module.
import math
print(math.factorial(0), math.factorial(5), math.factorial(20))
print(math.factorial(30))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0))
print(math.gcd(2 ** 100, 6 ** 40), math.gcd(17, 31))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 30))
print(math.isqrt(2 ** 200 + 1))
print(math.comb(5, 2), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(10), math.comb(5, 7))
print(math.floor(2 ** 70), math.ceil(10 ** 30), math.trunc(-(2 ** 65)))
print(math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([]))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.gcd(24, 36, 60))
try:
    math.factorial(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    math.isqrt(-4)
except ValueError as e:
    print('ValueError:', e)
