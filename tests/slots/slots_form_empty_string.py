# __slots__ = '' is an invalid identifier.
class P:
    __slots__ = ''
