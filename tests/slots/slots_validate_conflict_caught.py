# Conflict message for several names, caught.
for ns in [{'__slots__': ('a',), 'a': 1}, {'__slots__': 'b', 'b': None},
           {'__slots__': ('c', 'd'), 'd': property(lambda s: 1)}]:
    try:
        type('K', (), ns)
        print('created')
    except ValueError as e:
        print('ValueError:', e)
