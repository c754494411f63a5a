# __slots__ as a dict: keys are slot names, values docstrings.
class P:
    __slots__ = {'a': 'the a slot', 'b': 'the b slot', 'c': None}

p = P()
p.a = 1
print(p.a)
print(P.__slots__)
print(P.a.__doc__)
print(P.b.__doc__)
print(P.c.__doc__)
p.d = 4
