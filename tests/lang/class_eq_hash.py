# __eq__ and __hash__ in sets and dicts.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f'Key({self.a}, {self.b})'
k1, k2, k3 = Key(1, 2), Key(1, 2), Key(2, 1)
print(k1 == k2, k1 != k2, k1 == k3, k1 is k2, k1 == (1, 2), k1 != 'x')
s = {k1, k2, k3}
print(len(s), k2 in s, Key(2, 1) in s)
d = {k1: 'first'}
d[k2] = 'second'
print(d, d[Key(1, 2)])
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash() == 5, NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print('TypeError:', e)
class Default:
    pass
x = Default()
print(x == x, x == Default(), x != Default(), {x: 1}[x])
class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
print(AlwaysEqual() == 1, 1 == AlwaysEqual(), [1, 2].count(AlwaysEqual()), AlwaysEqual() in [0])
class NeTest:
    def __eq__(self, other):
        return 'eq-result'
print(NeTest() == 1, NeTest() != 1)
