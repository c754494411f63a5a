# Empty list and empty-ish forms.
class E1:
    __slots__ = []
class E2:
    __slots__ = {}

for cls in (E1, E2):
    o = cls()
    print(cls.__name__, cls.__slots__, hasattr(o, '__dict__'))
    try:
        o.x = 1
    except AttributeError as e:
        print('  AttributeError:', e)
E1().y = 2
