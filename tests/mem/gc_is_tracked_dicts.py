# Instance dicts and dicts that start holding containers; untracking after a collection.
import gc
class P:
    def __init__(self):
        self.a = 1
p = P()
print('instance', gc.is_tracked(p))
print('its dict', gc.is_tracked(p.__dict__))
q = P()
q.b = []
print('dict with list', gc.is_tracked(q.__dict__))
d = {'a': 1}
print('atoms', gc.is_tracked(d))
d['b'] = [1]
print('after adding a list', gc.is_tracked(d))
del d['b']
print('after removing it', gc.is_tracked(d))
t = tuple([1, 2, 3])
print('runtime tuple before collect', gc.is_tracked(t))
gc.collect()
print('runtime tuple after collect', gc.is_tracked(t))
e = dict(a=1)
gc.collect()
print('dict of atoms after collect', gc.is_tracked(e))
