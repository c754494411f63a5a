# str and bytes subclasses: what methods return (exact str, or self), partition, format identity.
class S(str):
    pass


class B(bytes):
    pass


s = S('héllo wörld')
print(repr(s), type(s).__name__, len(s), s == 'héllo wörld', hash(s) == hash('héllo wörld'))
print([type(x).__name__ for x in (s.strip(), s.lstrip('x'), s.replace('x', 'y'), s.split()[0],
                                  S('ab').split()[0], s.center(1), s.ljust(2), s.zfill(1),
                                  s.expandtabs(), s[:], s * 1, ''.join([s]), s.lower(),
                                  s.removeprefix('x'), s.format(), s.translate({}), s.__str__(),
                                  '%s' % s, s.title(), s.casefold(), s % (), s.format_map({}),
                                  str(s), s + '', s[0])])
print(type('abc'.partition(S('b'))[1]).__name__, type(s.partition('x')[0]).__name__,
      type(s.rpartition('x')[2]).__name__, type(s.partition('l')[0]).__name__)
b = B(b'a b')
print([type(x).__name__ for x in (b.strip(), b.split()[0], b[:], b * 1, b''.join([b]), b.lower(),
                                  b.replace(b'x', b'y'), bytes(b), b.partition(b'x')[0])])


class T(str):
    __slots__ = ('tag',)


x = T('x' * 40)
x.tag = 'long'
print(x.tag, len(x), x[39], x.upper()[:3])


class U(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())

    def __repr__(self):
        return 'U<' + str.__repr__(self) + '>'


u = U('abc')
print(u, repr(u), [u], '%r|%s' % (u, u), '{!r}|{}'.format(u, u), u == 'ABC', type(str(u)).__name__)
print(S.maketrans('a', 'b'), B.fromhex('41 42'), type(B.fromhex('41')).__name__)
print(sorted([S('b'), 'a', S('c')]), max(S('x'), 'y'), S('é') in 'café', 'caf' in S('café'))
d = {S('k'): 1}
print(d['k'], 'k' in d, d.get(S('k')))
