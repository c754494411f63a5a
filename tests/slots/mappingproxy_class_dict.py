# A class's __dict__ is a read-only mappingproxy.
class P:
    __slots__ = ('x',)
    k = 1

d = P.__dict__
print(type(d).__name__, 'k' in d, d['k'], d.get('nope', 'default'), len(d) > 3)
print(type(d['x']).__name__, sorted(k for k in d if not k.startswith('__')))
print(list(d.keys())[:2] == list(iter(d))[:2], type(d.items()).__name__)
for bad in ("d['k'] = 2", "del d['k']", "d.k = 2"):
    try:
        exec(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    hash(d)
except TypeError as e:
    print('TypeError:', e)
print(d == dict(d), type(d.copy()).__name__)
P.k = 5
print(d['k'])
mp = type(d)
m = mp({'a': 1})
print(m, repr(m), str(m))
try:
    mp([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    m['zz']
except KeyError as e:
    print('KeyError:', e)
