# Attribute reads and writes in a loop on one plain (dict-backed) instance.
class Counter:
    def __init__(self):
        self.hits = 0
        self.misses = 0

c = Counter()
for i in range(3 * 10**6):
    c.hits = c.hits + 1
    if i & 3 == 0:
        c.misses += 1
    c.hits -= c.misses & 1
print(c.hits, c.misses)
