# The "as" target is deleted at the end of the except block.
e = 'before'
try:
    raise ValueError('inside')
except ValueError as e:
    print('in handler:', e)
try:
    print(e)
except NameError as err:
    print('NameError:', err)
saved = None
try:
    raise KeyError('keep me')
except KeyError as exc:
    saved = exc
print('saved survives:', repr(saved))
def f():
    try:
        1 / 0
    except ZeroDivisionError as local_err:
        pass
    return 'local_err' in locals()
print(f())
x = 1
try:
    pass
except Exception as x:
    pass
print('x untouched when no exception:', x)
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_err:
        last = loop_err.args
print(last, 'loop_err' in dir())
