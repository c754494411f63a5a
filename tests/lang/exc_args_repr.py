# e.args, str(e) and repr(e) for various constructions.
excs = [Exception(), Exception('msg'), Exception('a', 2), Exception(None), Exception(''),
        ValueError([1, 2]), KeyError('key'), KeyError(), KeyError('a', 'b'), KeyError(42),
        IndexError('index'), OSError(2, 'No such file'), StopIteration(7), SystemExit(3),
        TypeError("it's"), RuntimeError('quote "x"'), ZeroDivisionError('division by zero')]
for e in excs:
    print(repr(e), '|', str(e), '|', e.args)
try:
    {}['x']
except KeyError as e:
    print(str(e), repr(e), e.args[0])
try:
    [].pop()
except IndexError as e:
    print(str(e), repr(e))
e = ValueError('x', 'y')
e.args = ('replaced',)
print(e, repr(e))
print(str(KeyError('')), repr(KeyError('')), str(Exception(1, 2)), str(SystemExit()))
