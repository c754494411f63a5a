# Per-instance traced bytes of a plain class, n = 6..11 and 20 attributes.
from _meas import per, make_class
for n in list(range(6, 12)) + [20]:
    print(n, per(make_class(n)))
