# Attributes set after creation instead of in __init__.
import sys
class Empty:
    pass
objs = [Empty() for i in range(50)]
print('no attrs', sys.getsizeof(objs[0]))
for o in objs:
    o.a = 1
print('a', sys.getsizeof(objs[0]), sys.getsizeof(objs[0].__dict__), sys.getsizeof(objs[49].__dict__))
for o in objs:
    o.b = 2
print('b', sys.getsizeof(objs[0].__dict__), sys.getsizeof(objs[49].__dict__))
for o in objs:
    o.c = 3
print('c', sys.getsizeof(objs[0].__dict__), sys.getsizeof(objs[49].__dict__))
for o in objs:
    o.d = 4
print('d', sys.getsizeof(objs[0].__dict__), sys.getsizeof(objs[49].__dict__))
print(sys.getsizeof(objs[0]))
