# Per-instance traced bytes of a class with __slots__ of its n attribute names.
from _meas import per, make_class
for n in (0, 1, 2, 3, 5, 8, 10, 20):
    print(n, per(make_class(n, slots=['a%d' % i for i in range(n)])))
