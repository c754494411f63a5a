# Requests far beyond memory are MemoryError at once, and the program goes on.
def t(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except MemoryError as e:
        print(label, "-> MemoryError", repr(str(e)))

t("'x' * 10**12", lambda: 'x' * 10**12)
t("[0] * 10**12", lambda: [0] * 10**12)
t("b'x' * 10**12", lambda: b'x' * 10**12)
t("(1,) * 10**12", lambda: (1,) * 10**12)
t("bytearray(10**12)", lambda: bytearray(10**12))
t("list(range(10**12))", lambda: list(range(10**12)))
t("'x'.ljust(10**12)", lambda: 'x'.ljust(10**12))
t("format width 10**12", lambda: '{:>1000000000000}'.format('x'))
t("f-string width", lambda: f"{'x':>{10**12}}")
t("'%1000000000000d'", lambda: '%1000000000000d' % 5)
t("1 << 10**12", lambda: 1 << 10**12)
t("[[]] * 10**12", lambda: [[]] * 10**12)
x = [0] * 1000
print("still running", len(x))
