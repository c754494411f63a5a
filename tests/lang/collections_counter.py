# collections.Counter.
from collections import Counter
c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], len(c), sorted(c), c.most_common(2), c.most_common()[-1])
print(c.most_common(0), Counter().most_common(), sum(c.values()), c.total())
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc, wc.most_common(3))
wc.update(['cat', 'cat', 'new'])
wc.subtract({'the': 2})
print(wc)
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a & b, a | b)
print(sorted(a.elements()), list(Counter('aab').elements()), dict(a))
print(Counter({'x': 2}) == Counter(x=2), Counter(a=1) == Counter(a=1, b=0))
c2 = Counter([1, 1, 2, 3, 3, 3])
del c2[2]
c2[4] += 1
print(c2, c2.most_common(1), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(Counter('hello world').most_common(3), isinstance(c, dict))
