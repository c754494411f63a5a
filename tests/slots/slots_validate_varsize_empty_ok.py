# Empty __slots__ on int/tuple/bytes subclasses is fine.
class MyInt(int):
    __slots__ = ()
class MyTuple(tuple):
    __slots__ = ()
class MyBytes(bytes):
    __slots__ = ()

i, t, b = MyInt(5), MyTuple((1, 2)), MyBytes(b'ab')
print(i + 1, t[1], b[0])
for o in (i, t, b):
    print(type(o).__name__, hasattr(o, '__dict__'))
try:
    i.tag = 1
except AttributeError as e:
    print('AttributeError:', e)
