# id() is the object's address: 16-byte aligned for pymalloc objects (the GC
# header and the 3.11+ pre-header are multiples of 16).
class Plain: pass
class S1: __slots__ = ('a',)
class S2: __slots__ = ('a', 'b')
objs = [Plain(), S1(), S2(), object(), [], {}, (1, 2), 'abc' * int('2'), 10**20, 1.5, b'xy' * int('3'), set(), lambda: 0]
print([id(o) % 16 for o in objs])
print([id(o) % 8 for o in objs])
print(hex(id(objs[0]))[:2], hex(id(None))[:2])
print(id(objs[0]) == id(objs[0]), id(256) == id(256))
