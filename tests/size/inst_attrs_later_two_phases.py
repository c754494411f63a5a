# a, b set in __init__; c then d added later on every one of 40 instances.
import sys
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
objs = [C() for i in range(40)]
print('init', sys.getsizeof(objs[39].__dict__))
for o in objs:
    o.c = 3
print('c', sys.getsizeof(objs[0].__dict__), sys.getsizeof(objs[39].__dict__))
for o in objs:
    o.d = 4
print('d', sys.getsizeof(objs[0].__dict__), sys.getsizeof(objs[39].__dict__))
o = C()
print('new', sys.getsizeof(o.__dict__))
