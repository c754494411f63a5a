# getsizeof(obj.__dict__) of the 2nd instance of a fresh class with n attributes.
import sys
from _mk import make_class
for n in (0, 1, 2, 3, 5, 6, 10, 11, 15, 21, 22, 28, 29, 30, 31, 40, 43):
    C = make_class(n)
    C()
    o = C()
    print(n, sys.getsizeof(o.__dict__), len(o.__dict__))
