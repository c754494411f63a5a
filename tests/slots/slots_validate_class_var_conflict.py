# A slot name that is also a class variable.
class P:
    __slots__ = ('x', 'y')
    x = 0
