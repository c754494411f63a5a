# find, index, count, startswith, endswith.
s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.rfind('the'), s.find('cat'), s.find('the', 1), s.find('o', 13, 20))
print(s.index('fox'), s.rindex('o'), s.count('o'), s.count('the'), s.count(''))
print(s.count('o', 20), s.count('o', 0, 15), 'aaaa'.count('aa'), ''.count(''))
print(s.startswith('the'), s.startswith('quick', 4), s.endswith('dog'), s.endswith('do'))
print(s.startswith(('a', 'the')), s.endswith(('cat', 'dog')), s.startswith(()))
print(s.find(''), s.rfind(''), 'abc'.find('c', -1), 'abc'.find('a', -1))
print('abcabc'.rfind('abc', 0, 5), 'abcabc'.find('abc', 1), 'abcabc'.rindex('b', 0, 3))
try:
    s.index('cat')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('cat')
except ValueError as e:
    print('ValueError:', e)
pos = []
i = s.find('o')
while i != -1:
    pos.append(i)
    i = s.find('o', i + 1)
print(pos)
