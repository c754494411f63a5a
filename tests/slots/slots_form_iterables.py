# Other iterables: map, iter over a string list, a set of one item, range-derived.
class A:
    __slots__ = map(str.strip, [' x ', 'y '])
class B:
    __slots__ = iter(['u'])
class C:
    __slots__ = {'only'}
class D:
    __slots__ = tuple('s%d' % i for i in range(3))

for cls in (A, B, C, D):
    names = sorted(k for k, v in vars(cls).items() if type(v).__name__ == 'member_descriptor')
    print(cls.__name__, names)
d = D()
d.s2 = 'ok'
print(d.s2)
