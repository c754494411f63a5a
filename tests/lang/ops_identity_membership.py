# is / is not / in / not in.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c, None is None, True is True)
x = None
print(x is None, x is not None, x == None, type(x) is type(None))
print(2 in a, 5 in a, 5 not in a, [2] in [[2]], (1, 2) in {(1, 2): 0})
print('ab' in 'cab', '' in 'x', 'x' in '', 'A' in 'abc', 3 in range(5), 3 in {3: 'k'}, 'k' in {3: 'k'})
print(1.0 in [1], True in [1], 0 in [False], None in [0, False, ''])
class Ever:
    def __eq__(self, other):
        return True
print(Ever() in [1], 5 in [Ever()], Ever() in [])
class Contains:
    def __contains__(self, item):
        return item % 2 == 0
print(4 in Contains(), 3 in Contains(), 3 not in Contains())
s = {1, 2}
d = {'k': 'v'}
print(1 in s, 'v' in d, 'v' in d.values(), ('k', 'v') in d.items())
nan = float('nan')
lst = [nan]
print(nan in lst, float('nan') in lst, lst.count(nan))
e1 = []
print(e1 is e1, e1 is not [], () == (), e1 == [])
