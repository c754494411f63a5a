# collections.OrderedDict.
from collections import OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.items()))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {'y': 2, 'x': 1})
o1['x'] = 10
print(o1, list(reversed(o1)))
del o1['x']
o1['x'] = 0
print(o1, OrderedDict.fromkeys('ab', 0), OrderedDict())
print(isinstance(o1, dict), len(o1), o1.get('q', 'none'))
