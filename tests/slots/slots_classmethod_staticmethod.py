# classmethod/staticmethod alongside slots.
class P:
    __slots__ = ('v',)
    count = 0
    @classmethod
    def make(cls, v):
        cls.count += 1
        o = cls()
        o.v = v
        return o
    @staticmethod
    def helper(x):
        return x * 2

a = P.make(1)
b = P.make(2)
print(a.v, b.v, P.count, a.helper(4))
a.count = 9
