# Slot member descriptors and getset descriptors.
import sys
class S:
    __slots__ = ('a', 'b')
class P:
    pass
print(type(S.a).__name__, sys.getsizeof(S.a), sys.getsizeof(S.b))
print(type(P.__dict__['__dict__']).__name__, sys.getsizeof(P.__dict__['__dict__']))
print(type(P.__dict__['__weakref__']).__name__, sys.getsizeof(P.__dict__['__weakref__']))
print(sys.getsizeof(int.__dict__['real']))
