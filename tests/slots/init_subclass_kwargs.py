# __init_subclass__ keyword arguments together with __slots__.
class Base:
    __slots__ = ()
    def __init_subclass__(cls, prefix='', **kw):
        super().__init_subclass__(**kw)
        cls.prefix = prefix

class A(Base, prefix='a_'):
    __slots__ = ('v',)

a = A()
a.v = 1
print(A.prefix, a.prefix, a.v)
try:
    a.prefix = 'x'
except AttributeError as e:
    print('AttributeError:', e)
class B(Base, unknown=1):
    pass
