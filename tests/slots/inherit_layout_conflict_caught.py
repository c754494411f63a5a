# Layout conflict message, plus cases that work.
class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
class E:
    __slots__ = ()
class P:
    pass

for bases in [(A, B), (A, E), (E, A), (A, P), (P, A), (B, A)]:
    try:
        C = type('C', bases, {})
        print([b.__name__ for b in bases], 'ok')
    except TypeError as e:
        print([b.__name__ for b in bases], 'TypeError:', e)
