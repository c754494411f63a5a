# bytes literals, len, indexing, slicing, repr.
b = b'hello'
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1])
print(type(b).__name__, type(b[0]).__name__, type(b[0:1]).__name__)
e = b'\x00\x01\xff\n\t\\\'"'
print(e, len(e), list(e))
print(b'', len(b''), b'' == b'', bool(b''), bool(b'x'))
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' < b'abd', b'a' + b'b', b'ab' * 3)
print(104 in b, b'ell' in b, b'xyz' in b, 0 in b)
print([x for x in b'AZ'], sum(b'\x01\x02\x03'), max(b'xyz'), min(b'xyz'))
r = rb'raw\n'
print(r, len(r), b"it's", b'say "hi"', b'\x7f\x80')
print(b'A'[0] + 1, chr(b'A'[0]), b'\x41\x42', b'\101')
for i in range(len(b)):
    print(i, b[i], b[i:i + 1])
print(sorted([b'b', b'a', b'ab']), {b'k': 1}[b'k'], b'x' == 'x')
