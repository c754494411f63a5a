# Bare raise, re-raising a caught exception, nested handlers.
def inner():
    raise ValueError('original')
def middle():
    try:
        inner()
    except ValueError:
        print('middle saw it, re-raising')
        raise
try:
    middle()
except ValueError as e:
    print('outer got', repr(e))
def convert():
    try:
        inner()
    except ValueError as e:
        err = e
    raise err
try:
    convert()
except ValueError as e:
    print('re-raised stored', e)
try:
    try:
        raise KeyError('first')
    except KeyError:
        try:
            raise TypeError('second')
        except TypeError as e2:
            print('inner handler', repr(e2))
        raise
except KeyError as e:
    print('bare raise restores', repr(e))
def handler_order():
    for exc in (IndexError('i'), KeyError('k'), ValueError('v')):
        try:
            raise exc
        except LookupError as e:
            print('lookup', repr(e))
        except Exception as e:
            print('generic', repr(e))
handler_order()
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
