# Strings grown with += have exactly the size of an equal literal.
import sys
s = ''
out = []
for i in range(20):
    s += 'x'
    out.append(sys.getsizeof(s))
print(out)
t = 'ab'
t += chr(0x3a9)
print(sys.getsizeof(t))
u = 'a' * int('10') + chr(0x1f600)
print(sys.getsizeof(u))
print(sys.getsizeof('%d-%s' % (5, 'x')), sys.getsizeof('{}'.format(3.5)), sys.getsizeof(repr([1, 2])))
