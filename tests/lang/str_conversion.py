# str() and repr() of various values.
values = [0, -1, 1.0, 1.5, 1e100, True, None, 'text', '', [1, 'a', 2.0], (1,), (),
          {'a': 1, 2: 'b'}, {1}, set(), frozenset(), range(3), range(1, 10, 2),
          [[]], [()], {(): []}, slice(1, 2), slice(None), b'ab', str, int, list]
for v in values:
    print(str(v), '|', repr(v))
print(str(print) == repr(print), type(str(1)).__name__)
print(str(1) + str(2), repr('a') + repr(1), '%s/%r' % ('x', 'x'))
print(str(object)[:6], repr(type(None)), repr(type(1.5)), repr(type([])))
class C:
    pass
print(repr(C), str(C) == repr(C), C.__name__)
