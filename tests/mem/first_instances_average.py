# Average cost of the first N instances of a fresh class (no warm-up instances):
# 3.11+ the first ~28 instances cost more than the steady state.
from _meas import per, make_class
for n in (1, 2, 10, 28, 100, 1000, 10000):
    C = make_class(1)
    D = make_class(1, name='D')
    D()                       # warms up the interpreter, not C
    print(n, per(C, n=n, warm=0))
