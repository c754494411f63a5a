# Decorators that take arguments.
def repeat(times):
    def decorate(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def greet(name):
    return 'hi ' + name
print(greet('bob'))
def tag(name, **attrs):
    def decorate(func):
        def wrapper(*args):
            attr = ''.join(f' {k}="{v}"' for k, v in attrs.items())
            return f'<{name}{attr}>{func(*args)}</{name}>'
        return wrapper
    return decorate
@tag('p', cls='note', id='x1')
@tag('span')
def content(text):
    return text.upper()
print(content('hello'))
def validate(*types):
    def decorate(func):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f'{a!r} is not {t.__name__}')
            return func(*args)
        return wrapper
    return decorate
@validate(int, str)
def describe(n, s):
    return s * n
print(describe(3, 'ab'))
try:
    describe('3', 'ab')
except TypeError as e:
    print('TypeError:', e)
order = []
def mark(label):
    order.append('factory ' + label)
    def deco(f):
        order.append('apply ' + label)
        return f
    return deco
@mark('outer')
@mark('inner')
def target():
    pass
print(order)
