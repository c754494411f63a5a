# join, replace, padding methods.
print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), ' '.join(map(str, range(5))))
print('a.b.c'.replace('.', '/'), 'aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'))
print('hello'.replace('l', ''), 'xx'.replace('x', 'xx'), 'abc'.replace('z', 'y'))
print('abc'.replace('', '.', 2), 'banana'.replace('an', 'AN', -1))
print('[' + 'hi'.center(7) + ']', '[' + 'hi'.center(8, '*') + ']', '[' + 'hi'.center(1) + ']')
print('[' + 'ab'.ljust(5) + ']', '[' + 'ab'.rjust(5, '.') + ']', 'abc'.ljust(2))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(6), '12345'.zfill(3))
print(repr('a\tb\tc'.expandtabs(4)), repr('ab\tc'.expandtabs()), repr('\t'.expandtabs(2)))
rows = [('apple', 3, 1.5), ('kiwi', 12, 0.25), ('watermelon', 1, 4.0)]
for name, qty, price in rows:
    print(name.ljust(12) + str(qty).rjust(4) + ('%.2f' % price).rjust(8))
print('|'.join(w.capitalize() for w in 'the end of it'.split()))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError:', e)
