# Combined dicts with int keys inserted one by one.
import sys
d = {}
last = None
for i in range(200):
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s
    d[i] = i
print('final', len(d), sys.getsizeof(d))
d2 = {}
d2['a'] = 1
d2[1] = 1
print('mixed', sys.getsizeof(d2))
