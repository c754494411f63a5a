# __getattr__ as a fallback, __setattr__ interception.
class Record:
    def __init__(self, **fields):
        self._fields = fields
    def __getattr__(self, name):
        if name in self._fields:
            return self._fields[name]
        raise AttributeError(f'no field {name!r}')
r = Record(a=1, b='two')
print(r.a, r.b, getattr(r, 'c', 'default'), hasattr(r, 'zzz'))
try:
    r.zzz
except AttributeError as e:
    print('AttributeError:', e)
class Tracked:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(name)
        object.__setattr__(self, name, value)
t = Tracked()
t.x = 1
t.y = 2
t.x = 3
print(t.log, t.x, t.y)
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print('  delegating', name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p.target, p.target.count(1))
class Defaults:
    x = 'class x'
    def __getattr__(self, name):
        return 'dynamic ' + name
dflt = Defaults()
print(dflt.x, dflt.y, getattr(dflt, 'z'))
