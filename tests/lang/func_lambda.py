# Lambdas.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: 'no args')())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda x: x % 3, range(7))), list(filter(lambda x: x > 2, [1, 5, 2, 7])))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([ops[o](6, 3) for o in '+-*'])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(square, inc)(3), compose(inc, square)(3))
print((lambda x: (lambda y: x + y))(10)(5))
print(square.__name__, type(square).__name__, callable(square))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
print((lambda x, y: x if x > y else y)(3, 9), (lambda: None)())
