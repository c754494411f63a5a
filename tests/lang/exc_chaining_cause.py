# Exception chaining: __cause__, __context__, __suppress_context__.
try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('bad') from e
except ValueError as err:
    print(repr(err), repr(err.__cause__), repr(err.__context__), err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('during handling')
except RuntimeError as err:
    print(repr(err), err.__cause__, repr(err.__context__), err.__suppress_context__)
try:
    try:
        int('x')
    except ValueError:
        raise TypeError('replaced') from None
except TypeError as err:
    print(repr(err), err.__cause__, repr(err.__context__), err.__suppress_context__)
try:
    raise ValueError('explicit') from KeyError('k')
except ValueError as err:
    print(err, type(err.__cause__).__name__, err.__cause__)
e = Exception('fresh')
print(e.__cause__, e.__context__, e.__suppress_context__)
def chain_depth(exc):
    n = 0
    while exc is not None:
        n += 1
        exc = exc.__context__
    return n
try:
    try:
        try:
            raise OSError('a')
        except OSError:
            raise KeyError('b')
    except KeyError:
        raise IndexError('c')
except IndexError as err:
    print(chain_depth(err), repr(err.__context__.__context__))
