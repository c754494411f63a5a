# current // N does not depend on N once the class is warm.
from _meas import per, make_class
P = make_class(2)
S = make_class(2, slots=('a0', 'a1'))
for n in (1000, 10000, 100000):
    print(n, per(P, n=n), per(S, n=n))
