# sum/min/max/round/divmod/pow/hash/ascii and friends: values, fast paths
# and fallbacks.
print(max([3,1,2], key=lambda x: -x), min(3, 1, 2), max('abc'), min([], default=7), max([], default=None))
print(max([1, 1.0], key=lambda x: 0), max(1, 1.0), min(1.0, 1))
print(sum([1,2,3]), sum([1,2.5,True]), sum([0.1]*10), sum(range(100)), sum([], 5), sum([[1],[2]], []))
print(sum([2**62, 2**62, 1]), sum([1, 2**70]), sum([1.5, 2**70]), sum([True, True]), sum([], True), sum([-0.0]), sum([-0.0], -0.0))
print(sum([1e308, 1e308, -1e308]), sum([0.1, 0.2, 0.3]), sum([1, 2], 0.5), sum((x*0.1 for x in range(10))))
print(sum([1.5, -1.5, 1e100, 1, -1e100]), sum([0.1]*3, 1), sum([float('inf'), 1.0]), sum([float('inf'), -float('inf')]))
print(sorted([3,1,2]), sorted('hello', reverse=True), sorted({3:1,1:2}), sorted([3,1,2], key=lambda x: -x), sorted([1,2], key=None, reverse=0))
print(any([]), all([]), any([0, 1]), all([1, 0]), any(x > 2 for x in range(5)), all(iter([1, 2])))
print(hash(1), hash(-1), hash(1.5), hash((1, 2)), hash(True), hash(2**64), hash(-1.0))
print(round(2.5), round(3.5), round(-0.5), round(1234, -2), round(1250, -2), round(1350, -2), round(1.23456, 3))
print(round(2.675, 2), round(1.5, None), round(7), round(-1234.5678, -2), round(0.5), round(1e20, -5), round(True))
print(divmod(7, 2), divmod(-7, 2), divmod(-7.5, 2), divmod(7, -2.0), divmod(2**70, 3), divmod(True, 2), divmod(-0.0, 1), divmod(1, -0.5))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, -1, 5), pow(2.0, 3), pow(base=2, exp=5), pow(2, 3, None), pow(3, 200, 2**61-1))
print(hex(255), bin(-5), oct(8), hex(2**70), bin(0), oct(-8), hex(True))
print(chr(65), chr(233), chr(0x1f600), ord('A'), ord('é'), ord('😀'), ord(b'a'), chr(True))
print(format(3.14159, '.2f'), format(5, '>4'), format('x'), format(255, 'x'), format(1234567, ','), repr(format(None)))
print(repr('a'), ascii('é\u1234\U0001f600'), ascii([1, 'ü']), ascii('abc'), ascii(b'\xff'))
print(abs(-5), abs(-2.5), abs(True), abs(-2**70), abs(-0.0))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'K({self.v})'
print(min(K(3), K(1), K(2)), max([K(3), K(1), K(3)]), sorted([K(2), K(1)]))
class D:
    def __round__(self, n=None): return ('r', n)
    def __divmod__(self, o): return 'dm'
    def __rdivmod__(self, o): return 'rdm'
    def __pow__(self, e, m=None): return ('pow', e, m)
print(round(D()), round(D(), 2), divmod(D(), 1), divmod(1, D()), pow(D(), 2, 3))
class M(type):
    def __instancecheck__(cls, inst): return inst == 'magic'
    def __subclasscheck__(cls, sub): return sub is int
class Magic(metaclass=M): pass
print(isinstance('magic', Magic), isinstance(3, Magic), issubclass(int, Magic), issubclass(str, Magic))
t = (int,)
for i in range(50): t = (t,)
print(isinstance(1, t), isinstance(True, (str, (int,))), issubclass(bool, (str, int)))
it = iter(range(3)); print(next(it), next(it, 'd'), next(it), next(it, 'end'))
print(list(iter(iter([1, 2, 3, 0, 4]).__next__, 0)))
