# Chained generators and infinite streams.
import itertools
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def evens(src):
    for n in src:
        if n % 2 == 0:
            yield n
def squared(src):
    for n in src:
        yield n * n
print(list(itertools.islice(squared(evens(naturals())), 6)))
def take(n, it):
    result = []
    for x in it:
        if len(result) == n:
            break
        result.append(x)
    return result
print(take(5, naturals()), take(0, naturals()), take(3, 'abcdef'))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(take(15, primes()))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(range(1, 11))))
lines = ['# comment', 'data 1', '', 'data 2', '# other', 'data 3']
stripped = (l.strip() for l in lines)
useful = (l for l in stripped if l and not l.startswith('#'))
values = (int(l.split()[1]) for l in useful)
print(sum(values))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
