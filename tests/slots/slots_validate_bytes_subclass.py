# Nonempty __slots__ on a subtype of bytes.
class MyBytes(bytes):
    __slots__ = ('tag',)
