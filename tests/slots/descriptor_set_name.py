# __set_name__ is called for descriptors in a slotted class.
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.slot = '_' + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.slot, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.slot, value)

class P:
    __slots__ = ('_a', '_b')
    a = Field()
    b = Field()

p = P()
print(p.a)
p.a = 1
p.b = 2
print(p.a, p.b, p._a)
