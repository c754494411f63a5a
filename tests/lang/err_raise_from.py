# raise ValueError('bad') from KeyError('k'): the last line is the ValueError.
def lookup(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ValueError(f'no setting {key!r}') from e
settings = {'a': 1}
print(lookup(settings, 'a'))
try:
    lookup(settings, 'b')
except ValueError as e:
    print('caught:', e, '| cause:', repr(e.__cause__))
print('now uncaught')
raise ValueError('bad') from KeyError('k')
