# int subclass with empty slots.
class Flag(int):
    __slots__ = ()
    def describe(self):
        return f'flag {int(self)}'

f = Flag(3)
print(f.describe(), f + 1, type(f + 1).__name__)
print(hasattr(f, '__dict__'))
f.name = 'x'
