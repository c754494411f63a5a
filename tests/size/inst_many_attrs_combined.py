# 30+ attribute names in one instance: 3.11+ falls back to a combined dict.
import sys
from _mk import make_class
for n in (28, 29, 30, 31, 35, 50):
    C = make_class(n)
    keep = [C() for i in range(5)]
    o = C()
    d = o.__dict__
    print(n, sys.getsizeof(o), sys.getsizeof(d))
