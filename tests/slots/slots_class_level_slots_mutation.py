# Mutating __slots__ after class creation does not add slots.
class P:
    __slots__ = ['a']

P.__slots__ = ['a', 'b']
print(P.__slots__)
p = P()
p.a = 1
p.b = 2
