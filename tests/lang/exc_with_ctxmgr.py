# with statement and a user context manager.
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f'enter {self.name}')
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f'exit {self.name}:', exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress
with Manager('plain') as value:
    print('body got', value)
with Manager('quiet', suppress=True):
    raise ValueError('suppressed error')
print('continues after suppression')
try:
    with Manager('loud'):
        raise KeyError('escapes')
except KeyError as e:
    print('caught outside', repr(e))
def early_return():
    with Manager('ret'):
        return 'returned from with'
print(early_return())
for i in range(3):
    with Manager(f'loop{i}'):
        if i == 1:
            break
with Manager('noas'):
    pass
class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.closed = True
        return False
with Resource() as r:
    r.closed = False
print(r.closed)
