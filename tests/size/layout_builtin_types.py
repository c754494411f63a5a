# Layout attributes of built-in types.
from _zoo import layout
import types
def f():
    pass
class C:
    def m(self):
        pass
for t in (object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict,
          set, frozenset, type, range, slice, type(None), type(f), type(C().m),
          types.ModuleType, BaseException, Exception, KeyError, property, staticmethod,
          classmethod, memoryview, type(iter([])), type(len)):
    print(layout(t))
