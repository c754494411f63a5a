# __setattr__ with slots: validation then object.__setattr__.
class P:
    __slots__ = ('x', 'y')
    def __setattr__(self, name, value):
        print('set', name, value)
        if not isinstance(value, int):
            raise TypeError(f'{name} must be int')
        object.__setattr__(self, name, value)

p = P()
p.x = 1
p.y = 2
print(p.x + p.y)
try:
    p.x = 'no'
except TypeError as e:
    print('TypeError:', e)
p.z = 3
