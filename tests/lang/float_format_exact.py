# Float formatting must match CPython's correctly rounded dtoa digit for
# digit: '%.2f', format(x, '.3e'), f'{x:.5g}', repr ... over pseudo-random
# doubles of every magnitude, decimal- and binary-looking values and exact
# halfway cases (slotlab computes the common cases with integer arithmetic).
M = (1 << 64) - 1
state = 12345

def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & M
    return state >> 11

def value(kind):
    if kind == 0:   # any finite double
        return float.fromhex('0x1.%013xp%d' % (rnd() & ((1 << 52) - 1), rnd() % 2046 - 1022))
    if kind == 1:   # moderate exponents
        return float.fromhex('0x1.%013xp%d' % (rnd() & ((1 << 52) - 1), rnd() % 120 - 50))
    if kind == 2:   # decimal-looking: n / 10^k
        return (rnd() % 10 ** (rnd() % 12 + 1)) / 10 ** (rnd() % 10)
    if kind == 3:   # binary fractions: halfway cases for few digits
        return (rnd() % 100000) / (1 << (rnd() % 12))
    if kind == 4:   # around powers of ten
        return float('1e%d' % (rnd() % 60 - 30)) * (1 + ((rnd() % 3) - 1) * 2.0 ** -52)
    if kind == 5:   # subnormal
        return float.fromhex('0x0.%013xp-1022' % (rnd() & ((1 << 52) - 1)))
    return (rnd() % 1000000) * 1.5

specs = ['.0f', '.1f', '.2f', '.3f', '.5f', '.10f', '.17f', '.20f', '.27f', '.28f', '.40f',
         '.0e', '.1e', '.2e', '.5e', '.14e', '.15e', '.16e', '.17e', '.18e', '.19e', '.25e',
         '.1g', '.2g', '.6g', '.12g', '.15g', '.16g', '.17g', '.18g', '.19g', '.20g', '',
         'g', 'e', 'f', '%', '.1%', '#.3g', '+.2f', 'z.1f', '015.3f', ',.2f', '_.4e', 'E', 'G']

def texts(v):
    out = [repr(v), str(v), '%.2f' % v, '%r' % v, '%.3g' % v, '%e' % v, '%.0f' % v, '%#.0e' % v]
    for sp in specs:
        out.append(format(v, sp))
    return out

# one checksum per kind of value (to find a difference, print the texts
# under CPython and slotlab and compare them)
sums = [0] * 7
for i in range(7 * 600):
    v = value(i % 7)
    if rnd() & 1:
        v = -v
    for s in texts(v):
        sums[i % 7] = (sums[i % 7] * 1000003 ^ int.from_bytes(s.encode(), 'big')) & M
print(sums)
for v in [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e16, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
          9.995, 0.045, 1234.5, 2.675, 1e-5, 123456789012345678.0]:
    t = texts(v)
    print(' '.join(t[:8] + t[10:12] + t[19:21] + t[30:32]))
