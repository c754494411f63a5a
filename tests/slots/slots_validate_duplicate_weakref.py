# '__weakref__' listed twice.
class P:
    __slots__ = ('__weakref__', '__weakref__')
