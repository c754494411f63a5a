# Slotted instances: the size is fixed whatever the slots hold.
import sys
class S:
    __slots__ = ('a', 'b', 'c')
s = S()
print(sys.getsizeof(s))
s.a = 'x' * 1000
s.b = list(range(100))
s.c = {i: i for i in range(100)}
print(sys.getsizeof(s))
del s.b
print(sys.getsizeof(s))
class SD:
    __slots__ = ('a', '__dict__')
t = SD()
print(sys.getsizeof(t))
t.a = 1
t.x = 2
print(sys.getsizeof(t), sys.getsizeof(t.__dict__))
