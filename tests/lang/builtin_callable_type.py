# callable() and type(x).__name__ for many values.
class Plain:
    pass
class WithCall:
    def __call__(self):
        return 'called'
def func():
    pass
values = [1, 1.5, True, None, 'str', b'bytes', [1], (1,), {1: 2}, {1}, frozenset(),
          range(2), slice(1), func, lambda: 0, print, len, Plain, Plain(), WithCall(),
          int, type, object(), iter([]), (x for x in ''), zip(), map(str, ''), Exception('e'),
          ValueError, {}.keys(), reversed([]), enumerate('')]
for v in values:
    print(type(v).__name__, callable(v))
print(type(type).__name__, type(int).__name__, type(Plain).__name__, type(None).__name__)
print(WithCall()(), callable(WithCall), callable(Plain().__init__), callable('str'.upper))
print(type(1) is int, type(True) is bool, type(True) is int, type(Plain()) is Plain)
print(type(3)(4.7), type('')(12), type([])('ab'), type(None)())
