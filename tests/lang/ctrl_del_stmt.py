# del on names, items, slices and attributes.
x = 10
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0], lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
class Obj:
    pass
o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, 'attr'), hasattr(o, 'other'), vars(o))
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
nested = {'k': [1, 2, {'z': 0}]}
del nested['k'][2]['z']
del nested['k'][0]
print(nested)
def f():
    y = 1
    del y
    return 'deleted local'
print(f())
