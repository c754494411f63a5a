# An uncaught exception deriving from BaseException, not Exception.
class Abort(BaseException):
    pass
def risky():
    raise Abort('stop everything')
try:
    risky()
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException:', repr(e))
print('raising uncaught')
risky()
