# Iterating over strings.
s = 'Mississippi'
for ch in 'abc':
    print(ch, ord(ch))
for i, ch in enumerate('xyz', 1):
    print(i, ch)
print(list(s), tuple('ab'), set('aaa'), sorted(set(s)))
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([c for c in s if c in 'aeiou'], ''.join(c.upper() for c in s if c != 's'))
print(list(reversed('abc')), list(zip('abc', 'xyz')), list(map(ord, 'AZ')))
print(any(c.isdigit() for c in 'ab3'), all(c.isalpha() for c in 'abc'))
it = iter('hi')
print(next(it), next(it), next(it, 'done'))
print(sum(1 for _ in s), max(s), min(s), s.count('ss'))
