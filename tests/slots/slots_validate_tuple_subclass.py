# Nonempty __slots__ on a subtype of tuple.
class MyTuple(tuple):
    __slots__ = ('tag',)
