# Print the C-level layout of CPython's built-in types, one line per type:
#   name basicsize itemsize dictoffset weaklistoffset flags
# Run by tools/gen_cpython_types.sh under each modelled CPython version.
import builtins, sys, types

def f(): yield 1
async def co(): pass
class C:
    def m(self): pass
    __slots__ = ('s',)

samples = [
    iter([]), iter(()), iter(range(3)), iter(range(2**70)), iter(''), iter('\u1234'),
    iter(b''), iter(bytearray()), iter(set()), iter({}), iter({}.values()), iter({}.items()),
    reversed([]), reversed({}), reversed({}.values()), reversed({}.items()),
    {}.keys(), {}.values(), {}.items(), f(), f.__code__, C.m, C().m, len, [].append,
    type.__dict__['__name__'], C.s, str.join, object.__init__, object().__str__,
    C.__dict__, NotImplemented, ..., None, sys, iter(int, 0), iter(C.__dict__), iter(lambda: 0, 1),
    sys.version_info, sys.flags, memoryview(b''), slice(1), range(1),
]
seen = {}
for name in dir(builtins):
    obj = getattr(builtins, name)
    if isinstance(obj, type):
        seen.setdefault(obj.__name__, obj)
for obj in samples:
    t = type(obj)
    seen.setdefault(t.__name__, t)
for name in dir(types):
    obj = getattr(types, name)
    if isinstance(obj, type):
        seen.setdefault(obj.__name__, obj)
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
    seen.setdefault(type(tb).__name__, type(tb))
    seen.setdefault(type(tb.tb_frame).__name__, type(tb.tb_frame))
def outer():
    x = 1
    def inner(): return x
    return inner.__closure__[0]
seen.setdefault('cell', type(outer()))
# weak reference types: keyed by their 3.9+ names in every version
import _weakref
class _W: pass
_w = _W()
seen['ReferenceType'] = type(_weakref.ref(_w))
seen['ProxyType'] = type(_weakref.proxy(_w))
seen['CallableProxyType'] = type(_weakref.proxy(f))
for name in sorted(seen):
    t = seen[name]
    if t.__module__ not in ('builtins', 'types', 'weakref') and not t.__module__.startswith('_'):
        if name not in ('version_info', 'flags'):
            continue
    print(name, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__, t.__flags__)
# array.array and collections.deque, imported only now: importing collections
# sets cache bits (Py_TPFLAGS_VALID_VERSION_TAG) in the flags printed above
import array, collections, itertools
for t in (array.array, type(iter(array.array("i"))), collections.deque, itertools.count):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__, t.__flags__)
