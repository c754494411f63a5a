# collections.defaultdict.
from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups), 'z' in groups)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts['q'], dict(counts))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
nested['x']['z'] += 2
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s['a'].add(1)
s['a'].add(1)
print(s, s.default_factory)
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain['missing']
except KeyError as e:
    print('KeyError:', e)
print(counts.get('nothing'), 'nothing' in counts, isinstance(counts, dict))
d = defaultdict(lambda: 'N/A', {'known': 'yes'})
print(d['known'], d['unknown'], sorted(d.items()))
