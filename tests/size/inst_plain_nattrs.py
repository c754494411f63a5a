# sys.getsizeof of a plain instance never includes its attributes.
import sys
from _mk import make_class
for n in (0, 1, 2, 5, 6, 10, 11, 20, 29, 30, 35):
    C = make_class(n)
    o = C()
    print(n, sys.getsizeof(o), o.__sizeof__())
