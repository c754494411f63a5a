# assert statements that pass, and a caught AssertionError.
def check(x):
    assert x > 0, f'x must be positive, got {x}'
    assert isinstance(x, int)
    return x * 2
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print('AssertionError:', e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print('no message:', repr(e), e.args)
try:
    assert [], ['a', 'list', 'message']
except AssertionError as e:
    print('list message:', e)
class Empty:
    pass
def noop():
    pass
print(noop(), Empty.__name__)
for _ in range(2):
    pass
assert True, 'never shown'
print('done')
