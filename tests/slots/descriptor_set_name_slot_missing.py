# __set_name__-based descriptor whose backing slot is missing.
class Field:
    def __set_name__(self, owner, name):
        self.slot = '_' + name
    def __set__(self, obj, value):
        setattr(obj, self.slot, value)
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.slot)

class P:
    __slots__ = ('_a',)
    a = Field()
    b = Field()

p = P()
p.a = 1
print(p.a)
p.b = 2
