# Near-miss name: CPython 3.10+ suggests a close name in the traceback.
class Point:
    __slots__ = ('x', 'value')

p = Point()
p.value = 3
p.valeu = 4
