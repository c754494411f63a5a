# Weak reference to a slotted object without '__weakref__'.
import weakref

class P:
    __slots__ = ('x',)

p = P()
weakref.ref(p)
