# yield from delegation and its return value.
def inner():
    yield 1
    yield 2
    return 'inner done'
def outer():
    result = yield from inner()
    print('inner returned', result)
    yield from [10, 20]
    yield from 'ab'
    yield from range(3)
    return 'outer done'
print(list(outer()))
def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, (3, [4, 5])], [[6]], 7])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain('xy', [1], (), {'k': 0})))
def tree(depth):
    if depth == 0:
        yield 'leaf'
        return
    yield f'node{depth}'
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(list(tree(2)))
def collect():
    total = 0
    for _ in range(3):
        total += yield from inner_sum()
    return total
def inner_sum():
    yield 'step'
    return 5
g = collect()
try:
    while True:
        print(next(g))
except StopIteration as e:
    print('final value', e.value)
