# Ordering of try / except / else / finally.
def run(kind):
    log = []
    try:
        log.append('try')
        if kind == 'value':
            raise ValueError('v')
        if kind == 'key':
            raise KeyError('k')
        log.append('try-end')
    except ValueError as e:
        log.append(f'except ValueError {e}')
    except (KeyError, IndexError) as e:
        log.append(f'except {type(e).__name__} {e}')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
for kind in ('none', 'value', 'key'):
    print(kind, run(kind))
def uncaught():
    try:
        raise TypeError('propagates')
    except ValueError:
        print('not here')
    finally:
        print('finally runs before propagation')
try:
    uncaught()
except TypeError as e:
    print('outer caught', e)
def else_raises():
    try:
        pass
    except Exception:
        print('not here')
    else:
        raise RuntimeError('from else')
    finally:
        print('finally after else')
try:
    else_raises()
except RuntimeError as e:
    print('caught', e)
