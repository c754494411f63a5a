# from-import forms, including * with and without __all__.
from _helper_mod import *
print(VERSION, greet('star'), Shape(4))
print('_private' in globals(), 'counter' in globals())
from _helper_mod import _private, bump as b
print(_private, b(), b())
from _helper_all import *
print(exported, ALSO)
print('not_exported' in globals(), '_hidden' in globals())
from _helper_all import not_exported, _hidden
print(not_exported, _hidden())
from _helper_mod import (VERSION as V,
                         greet)
print(V, greet('parens'))
try:
    from _helper_mod import does_not_exist
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0], e.name)
from math import pi, sqrt as root
print(pi, root(81))
