# WeakValueDictionary drops entries whose values die.
import weakref

class Node:
    __slots__ = ('name', '__weakref__')
    def __init__(self, name):
        self.name = name

cache = weakref.WeakValueDictionary()
a, b = Node('a'), Node('b')
cache['a'] = a
cache['b'] = b
print(sorted(cache.keys()), len(cache))
del a
print(sorted(cache.keys()), len(cache))
print(cache['b'].name)
print(cache.get('a', 'gone'))
