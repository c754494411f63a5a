# A data descriptor on the class alongside slots.
class Typed:
    def __init__(self, slot):
        self.slot = slot
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'expected int, got {type(value).__name__}')
        setattr(obj, self.slot, value)

class P:
    __slots__ = ('_x',)
    x = Typed('_x')

p = P()
p.x = 4
print(p.x, p._x)
p.x = 'four'
