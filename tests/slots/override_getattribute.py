# __getattribute__ intercepts slot reads.
class P:
    __slots__ = ('x', 'log')
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(name)
        return object.__getattribute__(self, name)

p = P()
p.log = []
p.x = 5
print(p.x)
try:
    p.missing
except AttributeError as e:
    print('AttributeError:', e)
print(p.log)
