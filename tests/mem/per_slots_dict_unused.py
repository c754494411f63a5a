# Slots plus '__dict__' where the dict is never used.
from _meas import per, make_class
for n in (0, 1, 2, 3, 5, 8):
    print(n, per(make_class(n, slots=['a%d' % i for i in range(n)] + ['__dict__'])))
