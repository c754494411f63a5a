# __slots__ as a list; the class keeps the list object.
class P:
    __slots__ = ['a', 'b']

p = P()
p.a, p.b = 1, 2
print(p.a, p.b)
print(P.__slots__, type(P.__slots__).__name__)
P.__slots__.append('c')
print(P.__slots__)
print(hasattr(P, 'c'))
p.c = 3
