# dict subclass with slots.
class Registry(dict):
    __slots__ = ('name',)
    def __missing__(self, key):
        return f'<{self.name}:{key}>'

r = Registry(a=1)
r.name = 'reg'
print(r['a'], r['b'], r.name)
print(hasattr(r, '__dict__'))
try:
    r.x = 1
except AttributeError as e:
    print('AttributeError:', e)
