# None: identity, comparisons, repr, defaults.
print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None is None, None == None, None != 0, None == False, None == '', [None] == [None])
def f():
    pass
print(f() is None, f(), print() is None)
x = None
print('none' if x is None else 'value', x or 'default', x and 'never')
d = {'k': None}
print(d.get('k'), d.get('missing'), 'k' in d, d.get('k', 'dflt'), d.get('missing', 'dflt'))
values = [3, None, 1, None]
print([v for v in values if v is not None], values.count(None), values.index(None))
print(sorted(v for v in values if v is not None), None in values)
try:
    None < 1
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([1, None])
except TypeError as e:
    print('TypeError:', e)
print(hash(None) == hash(None), {None: 'key'}[None], (None,), [None] * 2)
