# Explicit object base with slots.
class P(object):
    __slots__ = ('v',)

p = P()
p.v = 1
print(p.v, P.__bases__, P.__base__)
print(object.__slots__ if hasattr(object, '__slots__') else 'object has no __slots__')
o = object()
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError:', e)
