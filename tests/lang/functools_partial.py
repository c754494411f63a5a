# functools.partial.
from functools import partial
def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
two_to = partial(power, 2)
print(square(5), square(base=7), cube_mod(7), two_to(10), two_to(exp=3))
print(square.func is power, square.args, square.keywords, two_to.args, two_to.keywords)
print(type(square).__name__, callable(square))
basetwo = partial(int, base=2)
print(basetwo('1010'), basetwo('1111'), list(map(basetwo, ['1', '10', '11'])))
def greet(greeting, name, punct='!'):
    return f'{greeting}, {name}{punct}'
hello = partial(greet, 'Hello')
print(hello('Ann'), hello('Bob', punct='?'), hello(name='Cy'))
nested = partial(partial(greet, 'Hi'), punct='...')
print(nested('Dee'), nested.args, nested.keywords, nested.func is greet)
override = partial(greet, punct='.')
print(override('Hey', 'Eve', punct='!!'))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)), list(map(partial(max, 0), [-1, 5, -3])))
