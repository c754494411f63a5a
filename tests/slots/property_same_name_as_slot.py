# A property with the same name as a slot conflicts.
class P:
    __slots__ = ('v',)
    @property
    def v(self):
        return 1
