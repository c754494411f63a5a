# abs, round, pow, divmod on assorted types.
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-(2 ** 80)))
print(abs(float('-inf')), type(abs(-3)).__name__, type(abs(-3.0)).__name__)
print(round(3.7), round(-3.7), round(3.14159, 2), round(1234, -2), round(0.5), round(1.5))
print(pow(2, 8), pow(2, 8, 5), pow(-2, 3, 5), pow(2.5, 2), pow(9, 0.5), pow(10, -2))
print(pow(7, 0), pow(0, 0), pow(-1, 2 ** 40), pow(3, 4, 1))
print(divmod(17, 4), divmod(-17, 4), divmod(17.5, 4), divmod(-1, 2 ** 70))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __abs__(self):
        return Money(abs(self.cents))
    def __round__(self, n=None):
        return Money(round(self.cents, -2))
    def __repr__(self):
        return f'Money({self.cents})'
print(abs(Money(-150)), round(Money(1250)), round(Money(1350)))
print(round(5, None), round(5.5, None), abs(-1e-300), round(-0.5) == 0)
try:
    abs('x')
except TypeError as e:
    print('TypeError:', e)
try:
    pow(2, 3.5, 5)
except TypeError as e:
    print('TypeError:', e)
