# Default values are evaluated once, at def time.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 10
def show(value=counter):
    return value
counter = 20
print(show(), show(5))
calls = []
def stamp():
    calls.append('evaluated')
    return len(calls)
def f(x=stamp()):
    return x
print(f(), f(), f(99), calls)
def g(d={}):
    d[len(d)] = True
    return d
g()
g()
print(g(), g.__defaults__)
def h(a, b=2, *args, c=3, d, **kw):
    return a, b, args, c, d, kw
print(h(1, d=4), h(1, 5, 6, 7, d=8, e=9))
