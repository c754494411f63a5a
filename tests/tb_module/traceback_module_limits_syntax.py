import traceback, sys
traceback.print_exc(file=sys.stdout)
print(repr(traceback.format_exc()))
def rec(n):
    if n == 0: raise ValueError("deep")
    return rec(n - 1)
try:
    rec(8)
except ValueError:
    traceback.print_exc(limit=-2, file=sys.stdout)
    traceback.print_exc(limit=3, file=sys.stdout)
    traceback.print_exc(limit=0, file=sys.stdout)
    print(traceback.format_exc(limit=2))
try:
    compile("x = (1,\n 2 +)\n", "f.py", "exec")
except SyntaxError:
    traceback.print_exc(file=sys.stdout)
try:
    raise SyntaxError("bad", ("f.py", 1, 3, "abcdef\n", 1, 5))
except SyntaxError as e:
    print(traceback.format_exception_only(type(e), e))
try:
    raise KeyError("x")
except KeyError as e:
    err = e
print(traceback.format_exception(type(err), err, err.__traceback__))
traceback.print_tb(err.__traceback__, file=sys.stdout)
