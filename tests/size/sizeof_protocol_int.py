# A user __sizeof__ returning an int: getsizeof adds the GC header (and in 3.11+
# the pre-header for managed-dict/weakref types).
import sys
class Plain:
    def __sizeof__(self):
        return 100
class Slotted:
    __slots__ = ()
    def __sizeof__(self):
        return 100
class Zero:
    __slots__ = ('a',)
    def __sizeof__(self):
        return 0
class Big:
    def __sizeof__(self):
        return 10**15
class ReturnsBool:
    def __sizeof__(self):
        return True
class ReturnsIntSub:
    def __sizeof__(self):
        class MyInt(int):
            pass
        return MyInt(7)
for c in (Plain, Slotted, Zero, Big, ReturnsBool, ReturnsIntSub):
    print(c.__name__, sys.getsizeof(c()))
class ListSub(list):
    def __sizeof__(self):
        return super().__sizeof__() + 1000
print('ListSub', sys.getsizeof(ListSub([1, 2, 3])), sys.getsizeof([1, 2, 3]))
