# Subclasses of list / dict / int with attributes in their instance dict.
import sys
class Tagged(list):
    pass
class Meta(dict):
    pass
class Num(int):
    pass
keep = [(Tagged(), Meta(), Num(1)) for i in range(40)]
t, m, n = Tagged([1, 2, 3]), Meta(a=1), Num(2**40)
print('plain', sys.getsizeof(t), sys.getsizeof(m), sys.getsizeof(n))
t.tag = 'x'
m.tag = 'x'
n.tag = 'x'
print('tagged', sys.getsizeof(t), sys.getsizeof(m), sys.getsizeof(n))
print('dicts', sys.getsizeof(t.__dict__), sys.getsizeof(m.__dict__), sys.getsizeof(n.__dict__))
