# __slots__ = None is not iterable.
class P:
    __slots__ = None
