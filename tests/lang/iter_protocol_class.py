# User classes implementing the iterator protocol.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(4)
print(list(r), list(r), sum(r), 3 in r, 7 in r)
print([x * y for x in Range2(3) for y in Range2(3)])
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldStyle()), 20 in OldStyle(), [v for v in OldStyle()])
it = iter(Range2(2))
print(type(it).__name__, next(it), next(it), next(it, None))
a, b, c = Countdown(3)
print(a, b, c, sorted(Countdown(4)), max(Countdown(6)), dict(zip('ab', Countdown(2))))
for i, v in enumerate(Countdown(2)):
    print(i, v)
