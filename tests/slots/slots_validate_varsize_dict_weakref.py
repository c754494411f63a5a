# '__dict__' and '__weakref__' in slots on an int subclass.
for slots in [('__dict__',), ('__weakref__',), ('__dict__', '__weakref__')]:
    try:
        cls = type('S', (int,), {'__slots__': slots})
        o = cls(3)
        print(slots, 'ok', hasattr(o, '__dict__'))
    except TypeError as e:
        print(slots, 'TypeError:', e)
