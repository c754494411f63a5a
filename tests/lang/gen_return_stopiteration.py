# Generator return values and StopIteration.
def g():
    yield 'a'
    return 'the value'
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration value:', repr(e.value), e.args)
try:
    next(it)
except StopIteration as e:
    print('again:', repr(e.value), e.args)
print(list(g()), [x for x in g()])
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print('plain:', e.value, e.args, repr(e))
def stops_early(n):
    for i in range(n):
        if i == 2:
            return i
        yield i
print(list(stops_early(10)), list(stops_early(1)))
e = StopIteration(42)
print(e.value, e.args, str(e))
def raises_inside():
    yield 1
    raise ValueError('inside generator')
try:
    for v in raises_inside():
        print('got', v)
except ValueError as err:
    print('ValueError:', err)
