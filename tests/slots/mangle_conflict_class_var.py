# Mangled slot conflicting with a mangled class variable.
class C:
    __slots__ = ('__x',)
    __x = 1
