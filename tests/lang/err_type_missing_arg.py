# TypeError: missing a required positional argument.
def connect(host, port, timeout=5):
    return f'{host}:{port} ({timeout}s)'
print(connect('localhost', 80))
print(connect('example', 443, timeout=1))
args = ('db',)
print('about to call with', args)
for a in args:
    print('arg', a)
connect(*args)
print('never reached')
