# The varsize error for several bases, caught.
for base in (int, tuple, bytes, str, float, list, dict):
    try:
        type('S', (base,), {'__slots__': ('tag',)})
        print(base.__name__, 'ok')
    except TypeError as e:
        print(base.__name__, 'TypeError:', e)
