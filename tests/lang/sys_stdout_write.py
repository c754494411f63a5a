# Writing to sys.stdout and sys.stderr directly.
import sys
n = sys.stdout.write('partial ')
m = sys.stdout.write('line\n')
print(n, m)
sys.stdout.write('é and 日本\n')
print('ordering', end=' ')
sys.stdout.write('is preserved\n')
out = sys.stdout
out.write(str(42) + '\n')
print(sys.stdout.write(''), file=sys.stdout)
sys.stderr.write('error output 1\n')
r = sys.stderr.write('error output 2\n')
print('stderr write returned', r)
print('done', file=sys.stdout)
sys.stdout.flush()
sys.stderr.write('final error line\n')
