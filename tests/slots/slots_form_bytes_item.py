# A bytes item in __slots__ is rejected.
class P:
    __slots__ = (b'x',)
