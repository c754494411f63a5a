# Rich comparison methods and sorting.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9', '1.10.0']]
print(sorted(vs), max(vs), min(vs))
print(Version('1.2') < Version('1.10'), Version('2.0') > Version('1.9'), Version('1.0') >= Version('1.0'))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f'  lt({self.v}, {other.v})')
        return self.v < other.v
a, b = OnlyLt(1), OnlyLt(2)
print(a < b)
print(b > a)
print(sorted([OnlyLt(3), OnlyLt(1)])[0].v)
class NI:
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return 'reflected gt'
print(NI() < NI())
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print('TypeError:', e)
