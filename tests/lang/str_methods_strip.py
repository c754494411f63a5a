# strip family, removeprefix/removesuffix.
s = '   padded text \t\n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'))
print(repr(''.strip()), repr('   '.strip()), repr('\u3000x\u3000'.strip()))
print('www.example.com'.strip('cmowz.'), '<<a>>'.strip('<>'))
print('test_file.py'.removesuffix('.py'), 'test_file.py'.removeprefix('test_'))
print('abc'.removeprefix('x'), 'abc'.removesuffix(''), 'aaa'.removeprefix('a'))
print('0042'.lstrip('0'), '0000'.lstrip('0') or '0', '1.500'.rstrip('0'))
lines = ['  one  ', '\ttwo', 'three\n', '   ']
print([l.strip() for l in lines], [l for l in lines if l.strip()])
print(repr('\x0bx\x0c'.strip()), repr('\x00x\x00'.strip()), repr('\x00x'.strip('\x00')))
print('mississippi'.strip('mips'), 'mississippi'.rstrip('ip'))
