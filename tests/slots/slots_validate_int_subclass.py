# Nonempty __slots__ on a subtype of int.
class MyInt(int):
    __slots__ = ('tag',)
