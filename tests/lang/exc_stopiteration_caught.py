# StopIteration from next() and how loops consume it.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('exhausted:', repr(e), e.value)
def gen():
    yield 'only'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration:
    print('generator exhausted')
class Manual:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('custom stop')
        return self.n
m = Manual()
print(list(m), list(m))
try:
    next(m)
except StopIteration as e:
    print('custom:', e, e.value)
def leaks():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(leaks()))
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)
