# Several invalid slot names, caught.
bad = ['a-b', 'with space', '', '3x', 'é', 'ok_name', 'class', 'ünïcode']
for name in bad:
    try:
        cls = type('T', (), {'__slots__': (name,)})
        print(repr(name), 'accepted')
    except TypeError as e:
        print(repr(name), 'TypeError:', e)
