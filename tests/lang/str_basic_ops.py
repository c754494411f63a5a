# Basic string operations.
s = 'hello'
t = "world"
print(s + ' ' + t, s * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2 == '')
print(len(s), len(''), len('naïve'), s[0], s[-1], s[1:3])
print('ell' in s, 'xyz' not in s, '' in s, 'h' in s)
print(s < t, 'abc' < 'abd', 'Z' < 'a', 'abc' < 'abcd', '' < 'a')
print(s == 'hel' + 'lo', s != t, 'a' * 3 == 'aaa')
print(min(s), max(s), sorted(s), list(s)[:2])
print(s.upper(), s.capitalize(), s.count('l'), s.index('l'))
x = 'ab'
x += 'cd'
x *= 2
print(x)
print(str(), str(42), str(-1.5), str([1, 'a']), str(None))
print('a' 'b' 'c', ('multi'
                     'line'))
print('tab\there', 'new\\nline', 'quote"s', "it's")
print("""triple
quoted""")
print(r'raw\n\t', len(r'\n'), len('\n'))
print('%s and %s' % (s, t), ''.join(reversed(s)))
