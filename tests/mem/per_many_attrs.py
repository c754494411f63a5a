# 28..31 attributes in __init__: 3.11+ switches to a combined dict at 30.
from _meas import per, make_class
for n in (28, 29, 30, 31):
    print(n, per(make_class(n), n=5000))
