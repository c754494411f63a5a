# Float methods and float math corners.
vals = [0.5, 1.0, -2.25, 1e10, 0.1, 3.0]
for v in vals:
    print(v, v.is_integer(), v.as_integer_ratio(), abs(v), -v)
print(int(7.9), float(7), int(-0.0))
print(float.__name__, type(0.1).__name__, isinstance(1.0, float), isinstance(1, float))
print(max([0.3, 0.1, 0.2]), min(-0.5, -0.25), sum([0.5, 0.25, 0.125]))
print(sum([1e100, 1.0, -1e100]), sum([0.1] * 3))
print(1.0 == 1, 1.5 > 1, 2 ** 0.5 > 1.41, 0.1 * 3 == 0.3)
print(round(2 ** 0.5, 4), 10 / 4, 10 / 5, -10 / 4, 1e308 + 1e308)
h = 0.0
for i in range(10):
    h += 0.1
print(h, h == 1.0, round(h, 10) == 1.0)
print(float(1) / 3 * 3, 2 / 3 + 1 / 3, 1 - 0.9)
print(hash(1.5) == hash(1.5), hash(2.0) == hash(2), hash(0.5))
