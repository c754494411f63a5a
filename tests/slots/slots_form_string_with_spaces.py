# A single string is not split on whitespace.
class P:
    __slots__ = 'a b'
