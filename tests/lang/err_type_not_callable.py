# TypeError: 'int' object is not callable (CPython also warns at compile time).
def double(x):
    return x * 2
print(double(4))
handlers = [double, str, len]
for h in handlers:
    print(h.__name__, callable(h))
print(callable(5))
print('about to call 5()')
result = 5()
print('never reached', result)
