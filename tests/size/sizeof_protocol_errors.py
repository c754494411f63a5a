# Errors from a bad __sizeof__, and sys.getsizeof(obj, default).
import sys
class Neg:
    def __sizeof__(self):
        return -1
class Str:
    def __sizeof__(self):
        return '12'
class Float:
    def __sizeof__(self):
        return 1.5
class Huge:
    def __sizeof__(self):
        return 2**64
class Raises:
    def __sizeof__(self):
        raise KeyError('boom')
class NoneAttr:
    __sizeof__ = None
class Args:
    def __sizeof__(self, extra):
        return 1
for c in (Neg, Str, Float, Huge, Raises, NoneAttr, Args):
    try:
        print(c.__name__, sys.getsizeof(c()))
    except Exception as e:
        print(c.__name__, type(e).__name__, e)
    try:
        print(c.__name__, 'default', sys.getsizeof(c(), 'DEF'))
    except Exception as e:
        print(c.__name__, 'default', type(e).__name__, e)
print(sys.getsizeof(1, 'unused'))
try:
    sys.getsizeof()
except TypeError as e:
    print('no args', e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print('3 args', e)
