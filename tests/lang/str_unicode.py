# Unicode strings: lengths, ord/chr, case, slicing.
s = 'naïve café ☕ 日本語 😀'
print(s, len(s))
print([ord(c) for c in 'aé☕😀'], chr(233), chr(9749), chr(128512), chr(0x41))
print(s[::-1])
print(s[6:10], s[-1], s[-5:-2])
print(s.upper(), 'ÉCOLE'.lower(), 'straße'.upper(), len('straße'.upper()))
print('日本' + '語', '日' * 3, '本' in s, s.find('☕'), s.index('😀'))
print(sorted('zébra'), 'é' > 'z', 'a' < 'á', max('aé☕'))
print('añb'.replace('ñ', 'n'), 'ÀÉÎ'.lower(), 'àéî'.title())
print('x'.join('日本語'), '日本語'.split('本'), '  日 '.strip())
print(f'{"日本":>6}|{"é":^5}|{"😀":*<3}|')
print('Ω'.isalpha(), '٣'.isdigit(), '日'.isidentifier(), 'x日'.isascii())
print(str(chr(0x10FFFF) == '\U0010ffff'), ord('\n'), ord(' '), hex(ord('€')))
