# __slots__ seen through an instance is read-only.
class P:
    __slots__ = ('a',)

p = P()
print(p.__slots__)
p.__slots__ = ()
