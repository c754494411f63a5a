# bytearray: construction, repr, indexing, slicing, assignment, comparison, operators.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(bytearray(), bytearray(3), bytearray(b'ab'), bytearray([1, 2, 255]), bytearray('é', 'utf-8'))
print(bytearray(range(4)), bytearray((x * 2 for x in range(3))), bytearray(bytearray(b'cp')))
print(repr(bytearray(b"it's")), repr(bytearray(b'say "hi"')), bytearray(b'\x00\t\n\r\\\x7f\x80\xff'))
attempt('str no enc', lambda: bytearray('abc'))
attempt('range', lambda: bytearray([1, 256]))
attempt('negative', lambda: bytearray(-1))
attempt('float', lambda: bytearray(1.5))
attempt('bad item', lambda: bytearray([1, 'x']))
attempt('enc no str', lambda: bytearray(b'x', 'utf-8'))

b = bytearray(b'hello world')
print(len(b), b[0], b[-1], type(b[0]).__name__, b[1:5], b[::-1], b[::3], type(b[:2]).__name__)
attempt('index', lambda: b[11])
attempt('key', lambda: b['x'])
b[0] = 72
b[-5:] = b'there!'
print(b, len(b))
b[1:1] = [45, 45]
del b[0]
del b[-1]
del b[::4]
print(b)
attempt('set range', lambda: b.__setitem__(0, 300))
attempt('set str', lambda: b.__setitem__(slice(0, 1), 'x'))
attempt('ext slice', lambda: b.__setitem__(slice(None, None, 2), b'x'))

print(list(bytearray(b'abc')), 98 in bytearray(b'abc'), b'bc' in bytearray(b'abc'), b'' in bytearray())
attempt('in str', lambda: 'a' in bytearray(b'abc'))
x, y = bytearray(b'abc'), b'abd'
print(x == b'abc', b'abc' == x, x != y, x < y, y > x, x <= bytearray(b'abc'), x == 'abc', bool(bytearray()))
print(x + y, y + x, type(x + y).__name__, type(y + x).__name__, x * 2, 3 * bytearray(b'-'), x * -1)
z = x
z += b'!'
z *= 2
print(z, x, z is x)
attempt('concat str', lambda: x + 'a')
attempt('mul str', lambda: x * 'a')
attempt('hash', lambda: hash(bytearray()))
print(bytes(bytearray(b'a\x00b')), str(bytearray(b'q')), isinstance(bytearray(), bytearray))

class Buf(bytearray):
    pass
s = Buf(b'sub')
print(s, type(s + b'!').__name__, type(s[:1]).__name__, s == b'sub')
