# split, rsplit, splitlines, partition.
s = '  a b   c  '
print(s.split(), s.split(' '), s.split(None, 1), s.rsplit(None, 1))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1))
print(''.split(), ''.split(','), 'abc'.split('abc'), 'aaa'.split('a'))
print('a--b--c'.split('--'), 'a--b--c'.rsplit('--', maxsplit=1))
print('one\ntwo\r\nthree\rfour'.splitlines())
print('one\ntwo\n'.splitlines(), 'one\ntwo\n'.splitlines(True), ''.splitlines())
print('x\n\ny'.split('\n'), 'x\n\ny'.splitlines())
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print(' \t x \n y\t'.split(), 'a b c'.split(maxsplit=1))
line = 'name:  Alice ; age: 30 ; city:Paris'
fields = {}
for part in line.split(';'):
    k, _, v = part.partition(':')
    fields[k.strip()] = v.strip()
print(fields)
print('1 2 3'.split(' ', 0), 'a.b.c.d'.rsplit('.', 2), 'a.b.c.d'.split('.', -1))
