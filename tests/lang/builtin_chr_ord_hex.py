# chr, ord, hex, bin, oct, format.
print(chr(65), chr(97), chr(48), chr(32) == ' ', chr(10) == '\n', repr(chr(0)))
print(ord('A'), ord('z'), ord('0'), ord('é'), ord('€'), ord('😀'), ord('\x00'))
print(''.join(chr(c) for c in range(97, 123)))
print([ord(c) - ord('a') for c in 'hello'])
print(hex(0), hex(255), hex(-255), bin(0), bin(10), bin(-10), oct(0), oct(64), oct(-8))
print(hex(2 ** 64), bin(2 ** 20), oct(2 ** 30))
print(format(10, 'b'), format(10, '08b'), format(255, 'x'), format(255, '#X'), format(97, 'c'))
print(format(3.5), format('s', '>3'), format(12, ''), format([1, 2]), format(None))
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in 'xyz abc')
print(caesar)
print(int(hex(1234), 16), int(bin(77), 2), int(oct(99), 8))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
