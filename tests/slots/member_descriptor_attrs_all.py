# Every attribute of a member descriptor, and which can be set.
class Outer:
    class Inner:
        __slots__ = ('a', '__b')

m = Outer.Inner.a
print(m.__name__, m.__qualname__, m.__objclass__.__qualname__, m.__doc__)
mb = Outer.Inner.__dict__['_Inner__b']
print(mb.__name__, mb.__qualname__, repr(mb))
for attr in ('__name__', '__qualname__', '__objclass__', '__doc__'):
    try:
        setattr(m, attr, 'x')
    except AttributeError as e:
        print(attr, 'AttributeError:', e)
i = Outer.Inner()
try:
    del i.a
except AttributeError as e:
    print('AttributeError:', e)
