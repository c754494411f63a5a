# A freed block is reused by the next object of the same size class.
class S:
    __slots__ = ('a', 'b')
a = S()
addr = id(a)
del a
b = S()
print(id(b) == addr)
class T:
    __slots__ = ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i')
c = T()
print(id(c) == addr)
