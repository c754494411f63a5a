# The format() builtin and __format__.
print(format(42), format(42, '5'), format(42, '<5') + '|', format('ab', '^6') + '|')
print(format(3.14159, '.2f'), format(0.5, '%'), format(1000000, ',d'), format(-1, '+'))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == 'F':
            return f'{self.c * 9 / 5 + 32:.1f}F'
        return f'{self.c:{spec}}C' if spec else f'{self.c}C'
t = Temp(21.5)
print(format(t), format(t, 'F'), format(t, '.3f'), f'{t}', f'{t:F}', '{:F}'.format(t))
class NoFormat:
    def __str__(self):
        return 'str-version'
print(format(NoFormat()), f'{NoFormat()}', '{}'.format(NoFormat()), f'{NoFormat()!s:>13}')
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    format(1, 'q')
except ValueError as e:
    print('ValueError:', e)
try:
    format('s', 'd')
except ValueError as e:
    print('ValueError:', e)
print(format([1, 2], ''), format(True, '^7') + '|', format(None, ''))
