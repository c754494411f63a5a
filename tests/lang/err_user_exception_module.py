# A user exception defined in a helper module: traceback names the module.
import _helper_mod
print(_helper_mod.greet('err'))
try:
    raise _helper_mod.HelperError('caught')
except _helper_mod.HelperError as e:
    print('caught', repr(e))
class Local(_helper_mod.HelperError):
    pass
print([c.__name__ for c in Local.__mro__])
raise _helper_mod.HelperError('from helper', 7)
