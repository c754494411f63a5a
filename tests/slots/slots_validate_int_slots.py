# __slots__ that is not iterable.
class P:
    __slots__ = 42
