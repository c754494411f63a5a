# '__dict__' listed twice.
class P:
    __slots__ = ('__dict__', 'a', '__dict__')
