# __setattr__ that stores unknown names in a slot dict.
class P:
    __slots__ = ('x', '_extra')
    def __init__(self):
        object.__setattr__(self, '_extra', {})
    def __setattr__(self, name, value):
        if name in P.__slots__:
            object.__setattr__(self, name, value)
        else:
            self._extra[name] = value
    def __getattr__(self, name):
        try:
            return self._extra[name]
        except KeyError:
            raise AttributeError(name) from None

p = P()
p.x = 1
p.color = 'red'
print(p.x, p.color, p._extra)
print(p.size)
