# inf and nan behaviour.
import math
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, repr(inf), str(-inf))
print(float('Infinity'), float('-INF'), float('  nan '), float('-nan'))
print(inf + 1, inf * -2, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, -inf < inf)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf))
print(math.inf == inf, math.nan != math.nan, -math.inf)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(max(1.0, inf), min(-inf, 0), sorted([3.0, inf, -inf, 0.0]))
print(inf > 10 ** 400, -inf < -(10 ** 400))
print(int(1e300) > 0, abs(-inf), round(2.5e300) > 0)
for s in ('inf', 'nan'):
    v = float(s)
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print([nan] == [nan], nan in [nan], nan is nan)
print(0.0 == -0.0, repr(-0.0), repr(0.0 * -1), math.copysign(1.0, -0.0))
print(f'{inf:10.2f}|{nan:>6}|{-inf:e}')
