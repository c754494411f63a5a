# hex/bin/oct and format with integer presentation types.
for n in (0, 1, 9, 10, 15, 16, 255, 256, -1, -255, 4096, 2 ** 32):
    print(n, hex(n), bin(n), oct(n))
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, '#X'))
print(format(5, 'b'), format(5, '#b'), format(5, '08b'), format(5, '#010b'))
print(format(8, 'o'), format(8, '#o'), format(-8, '#o'))
print(format(255, '>8x') + '|', format(255, '<8x') + '|', format(255, '^8x') + '|')
print(format(-42, 'd'), format(42, '+d'), format(42, ' d'), format(-42, '+d'))
print(format(1234567, ','), format(1234567, '_'), format(0xABCDEF, '_x'))
print(format(65, 'c'), format(42, 'n'), format(42, ''))
print('{:#06x} {:#06b} {:#06o}'.format(10, 3, 8))
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print(int(hex(123456), 16), int(bin(-77), 2), int(oct(511), 8))
