# import of a helper module that sits beside the test.
import _helper_mod
print(_helper_mod.VERSION, _helper_mod.greet('test'))
print(_helper_mod.__name__, type(_helper_mod).__name__)
print(_helper_mod.bump(), _helper_mod.bump(), _helper_mod.counter)
s = _helper_mod.Shape(3)
print(s, isinstance(s, _helper_mod.Shape), type(s).__name__)
import _helper_mod
import _helper_mod as again
print(again is _helper_mod, again.counter)
_helper_mod.new_attr = 'set from outside'
print(again.new_attr, hasattr(_helper_mod, '_private'))
import sys
print('_helper_mod' in sys.modules, sys.modules['_helper_mod'] is again)
print(sorted(n for n in dir(_helper_mod) if not n.startswith('__')))
try:
    import _no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
