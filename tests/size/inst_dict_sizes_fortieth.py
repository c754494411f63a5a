# getsizeof(obj.__dict__) of the 40th instance (3.11+: the shared keys' usable
# count has shrunk to 1), n attributes set in __init__.
import sys
from _mk import make_class
for n in (0, 1, 2, 3, 5, 6, 10, 11, 15, 21, 22, 28, 29, 30, 31):
    C = make_class(n)
    keep = [C() for i in range(39)]
    o = C()
    print(n, sys.getsizeof(o.__dict__), sys.getsizeof(o))
