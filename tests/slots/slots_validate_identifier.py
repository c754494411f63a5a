# Slot names must be identifiers.
class P:
    __slots__ = ('ok', '1bad')
