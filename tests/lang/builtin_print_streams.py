# print() through file objects, sys.stdout replaced, str subclasses; the
# sys.stdout/stderr/stdin objects.
import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append('<flush>')
w = W()
print('a', 1, [2], sep=', ', end='.\n', file=w, flush=True)
print(w.parts)
old = sys.stdout
sys.stdout = w
print('captured', 42)
sys.stdout = old
print(w.parts)
class S(str):
    def __str__(self): return 'S!'
print(S('x'), S('y'), sep=S('-'))
w2 = W()
print(S('x'), sep=S('-'), end=S('e'), file=w2)
print(w2.parts)
sys.stdout = None
print('nothing')
sys.stdout = old
print('back')
class Bad:
    def __str__(self): return 1
try:
    print(Bad())
except TypeError as e:
    print('TypeError', e)
class Rebind:
    def __str__(self):
        sys.stdout = W()
        return 'rebind'
print('x', Rebind(), 'y')
sys.stdout = old
print('after rebind')
print(1.5, -7, 2**70, -0.0, 1e16, None, True, b'b', 'é')
print(type(sys.stdout), sys.stdout, sys.stdin, sys.stderr)
print(sys.stdout.write('ab\n'), sys.stdout.write('é\n'), sys.stdout.write(''))
print(sys.stderr.name, sys.stdout.encoding, sys.stdout.isatty(), sys.stdout.fileno(),
      sys.stdout.mode, sys.stdout.closed, sys.stdout.writable(), sys.stdin.readable())
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
try:
    input('prompt> ')
except EOFError as e:
    print('EOFError', e)
print(type(exit), exit, repr(quit))
print('before stderr')
print('on stderr', file=sys.stderr)
print('after stderr')
sys.stdout.close()
try:
    print('after close')
except ValueError as e:
    sys.stderr.write(f'ValueError {e}\n')
