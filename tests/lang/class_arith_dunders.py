# Arithmetic dunders, reflected and in-place variants.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented
    def __radd__(self, other):
        print('  __radd__ with', other)
        return self + other
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), a + 1, 1 + a)
print(sum([a, b, Vec(10, 10)]))
c = a
c += b
print(c, a, c is a)
print(Vec(1, 1) == Vec(1, 1), Vec(0, 0) + Vec(0, 0) == Vec(0, 0))
try:
    a + 'str'
except TypeError as e:
    print('TypeError:', e)
class Num:
    def __init__(self, v):
        self.v = v
    def __truediv__(self, o): return Num(self.v / o)
    def __floordiv__(self, o): return Num(self.v // o)
    def __mod__(self, o): return Num(self.v % o)
    def __pow__(self, o): return Num(self.v ** o)
    def __rsub__(self, o): return Num(o - self.v)
    def __repr__(self): return f'Num({self.v})'
n = Num(7)
print(n / 2, n // 2, n % 4, n ** 2, 10 - n)
