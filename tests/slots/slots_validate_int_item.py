# Non-string item in __slots__.
class P:
    __slots__ = ('a', 1)
