# Managed dicts of classes that are not plain (slots + dict, subclasses of
# built-ins): reported dict size of the 40th instance with 1 and 3 dict attributes.
import sys
class S1D:
    __slots__ = ('a', '__dict__')
class S2:
    __slots__ = ('a', 'b')
class S2Sub(S2):
    pass
class ListSub(list):
    pass
class FloatSub(float):
    pass
class StrSub(str):
    pass
class Plain:
    pass
for cls in (Plain, S1D, S2Sub, ListSub, FloatSub, StrSub):
    keep = [cls() for i in range(39)]
    o = cls()
    o.x = 1
    one = sys.getsizeof(o.__dict__)
    p = cls()
    p.x = 1
    p.y = 2
    p.z = 3
    print(cls.__name__, one, sys.getsizeof(p.__dict__), sys.getsizeof(o))
