# Combined dicts with str keys inserted one by one.
import sys
d = {}
last = None
for i in range(200):
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s
    d['k%d' % i] = i
print('final', len(d), sys.getsizeof(d))
