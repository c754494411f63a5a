# bytes and bytearray sizes.
import sys
for b in [b'', b'a', b'ab', b'hello', bytes(100), bytes(range(256))]:
    print('bytes', len(b), sys.getsizeof(b))
for b in [bytearray(), bytearray(b'abc'), bytearray(10), bytearray(b'x' * 100)]:
    print('bytearray', len(b), sys.getsizeof(b))
ba = bytearray()
last = None
for i in range(200):
    s = sys.getsizeof(ba)
    if s != last:
        print('append', len(ba), s)
        last = s
    ba.append(65)
ba.clear()
print('cleared', sys.getsizeof(ba))
