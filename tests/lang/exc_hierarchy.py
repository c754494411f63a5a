# Catching via base classes of the built-in hierarchy.
def catch(exc):
    try:
        raise exc
    except LookupError as e:
        return f'LookupError caught {type(e).__name__}'
    except ArithmeticError as e:
        return f'ArithmeticError caught {type(e).__name__}'
    except (TypeError, ValueError) as e:
        return f'tuple caught {type(e).__name__}'
    except Exception as e:
        return f'Exception caught {type(e).__name__}'
for exc in (KeyError('k'), IndexError(), ZeroDivisionError(), OverflowError(),
            TypeError(), ValueError(), UnicodeError(), NameError(), UnboundLocalError(),
            AttributeError(), RuntimeError(), NotImplementedError(), StopIteration(),
            AssertionError(), RecursionError(), ModuleNotFoundError(), FileNotFoundError()):
    print(catch(exc))
chains = [KeyError, ZeroDivisionError, UnboundLocalError, NotImplementedError, IndentationError,
          ModuleNotFoundError, RecursionError, StopIteration, KeyboardInterrupt, SystemExit, bool]
for cls in chains:
    print([c.__name__ for c in cls.__mro__])
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
try:
    raise KeyError
except KeyError as e:
    print('class raised:', repr(e), e.args)
