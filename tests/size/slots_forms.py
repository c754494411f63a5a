# __slots__ given as str, list, dict, generator, duplicates: resulting layout.
import sys
class A: __slots__ = 'a'
class B: __slots__ = ['a', 'b']
class C: __slots__ = {'a': 'doc a', 'b': 'doc b', 'c': 'doc c'}
class D: __slots__ = (n for n in ('x', 'y'))
class E: __slots__ = ('x', 'x')
class F: __slots__ = ('__dict__',) + tuple('abcd')
class G: __slots__ = iter(['p', 'q', '__weakref__'])
for c in (A, B, C, D, E, F, G):
    print(c.__name__, c.__basicsize__, c.__dictoffset__, c.__weakrefoffset__, sys.getsizeof(c()))
print(C.a.__doc__, type(C.__slots__).__name__)
