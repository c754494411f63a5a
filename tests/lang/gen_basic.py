# Generator functions.
def countdown(n):
    print('start')
    while n > 0:
        yield n
        n -= 1
    print('end')
g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, 'exhausted'))
def squares(limit):
    for i in range(limit):
        yield i * i
print(list(squares(6)), sum(squares(100)), max(squares(5)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def with_return():
    yield 1
    return 'result'
    yield 2
print(list(with_return()))
def gen_in_loop():
    for word in ['a', 'b']:
        for ch in range(2):
            yield word * (ch + 1)
print(list(gen_in_loop()))
def empty():
    return
    yield
print(list(empty()), iter(g) is g)
