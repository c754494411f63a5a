# Simple and stacked decorators.
log = []
def trace(func):
    def wrapper(*args, **kwargs):
        log.append(f'call {func.__name__}{args}')
        result = func(*args, **kwargs)
        log.append(f'return {result!r}')
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3), add.__name__)
print(log)
def bold(f):
    return lambda: '<b>' + f() + '</b>'
def italic(f):
    return lambda: '<i>' + f() + '</i>'
@bold
@italic
def text():
    return 'hi'
print(text())
registry = {}
def register(func):
    registry[func.__name__] = func
    return func
@register
def alpha():
    return 'a'
@register
def beta():
    return 'b'
print(sorted(registry), registry['beta']())
def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop(x):
    return x
noop(1)
noop(2)
print(noop.calls)
class Holder:
    @trace
    def method(self, x):
        return x * 2
print(Holder().method(21), log[-1])
