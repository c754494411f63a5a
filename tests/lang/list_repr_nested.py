# repr of nested and self-referential containers.
a = [1, [2, [3, [4, []]]], 'x', (5, [6]), {'k': [7]}]
print(a, repr(a) == str(a))
b = [1, 2]
b.append(b)
print(b, len(b), b[2] is b)
d = {'self': None}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
c = [b, b]
print(c)
print([None, True, False, 0.5, -0.0, 'q"', "s'"], [[], [[]], [(), ()]])
print(list(map(repr, [1, 'a', [2]])), str([1.0, 2.5e-10, 1e22]))
x = []
y = [x, x]
x.append(1)
print(y)
