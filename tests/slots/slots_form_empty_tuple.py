# Empty __slots__: no attributes at all.
class E:
    __slots__ = ()

e = E()
print(hasattr(e, '__dict__'), hasattr(e, '__weakref__'))
print(E.__slots__)
e.anything = 1
