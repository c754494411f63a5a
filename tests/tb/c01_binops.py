# test: full-stderr
def f(kind):
    a, b, s = 1, 0, "x"
    if kind == 0: return a // b
    if kind == 1: return (a) + s
    if kind == 2: return a+(s)
    if kind == 3: return a**s
    if kind == 4: return a << s
    if kind == 5: return (a +
                          s)
    if kind == 6: return a % b
    if kind == 7: return [1] * 2 + a
    if kind == 8: return a + s * 3
    if kind == 9: return 1 +   s   # trailing
for k in range(10):
    try:
        f(k)
    except Exception as e:
        import sys
        sys.stderr.write("caught %d %s\n" % (k, type(e).__name__))
f(9)
