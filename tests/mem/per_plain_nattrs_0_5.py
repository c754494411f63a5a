# Per-instance traced bytes of a plain class whose __init__ sets n attributes to None.
from _meas import per, make_class
for n in range(0, 6):
    print(n, per(make_class(n)))
