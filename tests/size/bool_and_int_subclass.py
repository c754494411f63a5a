# bool is an int subclass; int subclass instances and their __sizeof__.
import sys
print(sys.getsizeof(True), sys.getsizeof(False), True.__sizeof__(), False.__sizeof__())
print(bool.__basicsize__, bool.__itemsize__, int.__basicsize__, int.__itemsize__)
class MyInt(int):
    __slots__ = ()
for v in (0, 1, 2**30, 2**60, -7):
    print(v, sys.getsizeof(MyInt(v)), MyInt(v).__sizeof__(), sys.getsizeof(v))
