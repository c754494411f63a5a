# math module functions on floats.
import math
print(math.pi, math.e, math.tau, math.inf)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1))
print(math.trunc(2.7), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.exp(0), math.exp(1), math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.log10(1000), math.log2(1024), math.log2(3), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), math.atan(1) * 4)
print(math.sin(math.pi / 2), math.cos(math.pi), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180))
print(math.pow(2, 10), math.pow(2, 0.5), math.fabs(-3), math.fabs(2.5))
print(math.hypot(3, 4), math.copysign(2, -0.5), math.fmod(10, 3))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(1e20), math.ceil(-1e20), math.floor(3), math.fsum([0.1] * 10))
print(round(math.asin(1), 12), round(math.acos(0), 12), math.sqrt(1e100))
try:
    math.sqrt(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    math.log(0)
except ValueError as e:
    print('ValueError:', e)
