# __getattr__ is called for unset slots and unknown names.
class P:
    __slots__ = ('x',)
    def __getattr__(self, name):
        return f'<missing {name}>'

p = P()
print(p.x)
p.x = 1
print(p.x)
print(p.anything)
del p.x
print(p.x)
print(hasattr(p, 'zzz'))
