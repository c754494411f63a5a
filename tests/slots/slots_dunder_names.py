# Dunder-style names in __slots__ are not mangled.
class P:
    __slots__ = ('__value__', '_private', 'normal')

p = P()
p.__value__ = 1
p._private = 2
p.normal = 3
print(p.__value__, p._private, p.normal)
print(sorted(k for k, v in vars(P).items() if type(v).__name__ == 'member_descriptor'))
