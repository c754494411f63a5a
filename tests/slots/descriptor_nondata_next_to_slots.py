# A non-data descriptor cannot be shadowed on a slotted instance.
class Lazy:
    def __get__(self, obj, objtype=None):
        return 'computed' if obj is not None else self

class P:
    __slots__ = ('a',)
    value = Lazy()

p = P()
print(p.value)
try:
    p.value = 'override'
except AttributeError as e:
    print('AttributeError:', e)
print(p.value)
