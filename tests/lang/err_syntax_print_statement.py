# test: full-stderr
# SyntaxError: Python 2 style print statement.
name = 'slotlab'
version = 1
print(name, version)
def describe():
    return f'{name} v{version}'
print(describe())
print 'hello from python 2'
print('done')
