# __slots__ can be any iterable, e.g. a generator.
class P:
    __slots__ = (name for name in ['a', 'b'])

p = P()
p.a = 1
p.b = 2
print(p.a, p.b)
print(type(P.__slots__).__name__)
print(list(P.__slots__))
p.c = 3
