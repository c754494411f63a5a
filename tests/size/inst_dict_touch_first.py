# Touching obj.__dict__ before and after setting attributes; vars(); sizeof of the
# instance does not change when the dict is materialised.
import sys
class C:
    pass
keep = [C() for i in range(40)]
o = C()
s0 = sys.getsizeof(o)
d = o.__dict__
print('touched empty', s0, sys.getsizeof(o), sys.getsizeof(d))
o.a = 1
o.b = 2
print('after a, b', sys.getsizeof(o), sys.getsizeof(d), sys.getsizeof(vars(o)))
p = C()
p.a = 1
p.b = 2
print('untouched then vars', sys.getsizeof(vars(p)), vars(p) is p.__dict__)
q = C()
q.__dict__['a'] = 1
print('via dict', q.a, sys.getsizeof(q.__dict__))
r = C()
r.__dict__ = {'a': 1, 'b': 2}
print('assigned', sys.getsizeof(r), sys.getsizeof(r.__dict__))
