# Dict inserts and lookups with str and int keys.
d = {}
for i in range(500000):
    d['key%d' % i] = i
n = len(d)
hits = 0
for i in range(0, 1000000, 2):
    if ('key%d' % i) in d:
        hits += 1
ints = {}
for i in range(10**6):
    ints[i * 7] = i
total = 0
for i in range(10**6):
    total += ints.get(i, 0)
for k in list(d)[:100000]:
    del d[k]
print(n, hits, len(ints), total, len(d))
