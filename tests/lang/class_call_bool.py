# __call__, __bool__ and __len__ truthiness.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale
m = Multiplier(3)
print(m(2), m(2, 1, 1), m(1, scale=10), callable(m), list(map(m, [1, 2])))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print('  __bool__ called')
        return self.on
print(bool(Flag(True)), bool(Flag(False)))
if Flag(False):
    print('not printed')
else:
    print('else branch')
print(Flag(False) or 'fallback')
print(not Flag(True))
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(bool(Box([])), bool(Box([0])), 'yes' if Box([1]) else 'no', len(Box('abc')))
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()), len(Both()))
class Plain:
    pass
print(bool(Plain()), [x for x in [Flag(True), Box([]), Plain()] if x].__len__())
