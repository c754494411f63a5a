# sys.getsizeof of static built-in types vs type.__sizeof__.
import sys
for t in (int, str, list, dict, tuple, float, object, type, bytes, set, bool, type(None)):
    print(t.__name__, sys.getsizeof(t), type.__sizeof__(t))
def f():
    pass
print('function', sys.getsizeof(type(f)))
