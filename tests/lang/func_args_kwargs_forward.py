# Forwarding *args and **kwargs.
def target(a, b=0, *rest, key=None, **extra):
    return f'a={a} b={b} rest={rest} key={key} extra={extra}'
def forward(*args, **kwargs):
    print('forwarding', args, kwargs)
    return target(*args, **kwargs)
print(forward(1))
print(forward(1, 2, 3, 4, key='k', z=26))
print(forward(b=5, a=6))
def wrapper(func):
    def inner(*args, **kwargs):
        kwargs.setdefault('key', 'default-key')
        return func(*args, **kwargs)
    return inner
wrapped = wrapper(target)
print(wrapped(10), wrapped(10, 20, key='mine'))
def count_args(*args, **kwargs):
    return len(args), sorted(kwargs)
print(count_args(), count_args(1, 2), count_args(x=1, y=2), count_args(*range(5), **{'q': 0}))
def collect(first, *args):
    return first, args, type(args).__name__
print(collect(1), collect(1, 2, 3), collect(*'abc'))
def kwonly_collect(**kw):
    kw['added'] = True
    return kw
base = {'p': 1}
print(kwonly_collect(**base), base)
