# gc.is_tracked for atoms, containers and instances.
import gc
class Plain: pass
class S: __slots__ = ('a',)
class S0: __slots__ = ()
p = Plain()
cases = [
    ('int', 1), ('big int', 10**30), ('str', 'abc'), ('None', None), ('float', 1.5),
    ('bytes', b'x'), ('empty list', []), ('list of ints', [1, 2]),
    ('empty dict', {}), ('dict of atoms', {'a': 1}), ('dict with list', {'a': []}),
    ('empty tuple', ()), ('tuple of atoms', (1, 2)), ('tuple built', tuple([1, 2])),
    ('tuple with list', ([],)), ('set', {1}), ('frozenset', frozenset([1])),
    ('instance', p), ('slotted', S()), ('slotted empty', S0()),
    ('class', Plain), ('function', len), ('lambda', lambda: 0), ('type', int),
]
for name, obj in cases:
    print(name, gc.is_tracked(obj))
