# __slots__ as a tuple.
class P:
    __slots__ = ('a', 'b', 'c')

p = P()
p.c = 'c'
print(p.c, P.__slots__)
print([n for n in ('a', 'b', 'c') if hasattr(p, n)])
print(type(P.a).__name__)
