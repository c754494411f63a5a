# Built-in types that do and do not support weak references.
import weakref

class Sub(int):
    pass

for obj in (1, 'str', [], {}, (), Sub(1), object(), len):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, 'ok')
    except TypeError as e:
        print(type(obj).__name__, 'TypeError:', e)
