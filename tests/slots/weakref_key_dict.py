# WeakKeyDictionary with slotted keys.
import weakref

class Key:
    __slots__ = ('k', '__weakref__')
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

d = weakref.WeakKeyDictionary()
k1, k2 = Key(1), Key(2)
d[k1] = 'one'
d[k2] = 'two'
print(len(d), d[Key(1)] if False else d[k1])
del k1
print(len(d), sorted(v for v in d.values()))
