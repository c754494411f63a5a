# Slotted subclass of a plain class keeps the base's __dict__.
class Plain:
    pass

class Sub(Plain):
    __slots__ = ('x',)

s = Sub()
s.x = 1
s.y = 2
print(s.x, s.y, vars(s))
print('x' in vars(s), hasattr(s, '__weakref__'))
