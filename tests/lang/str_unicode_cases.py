# Unicode: repr escapes, case mappings (full, final sigma, titlecase), predicates, hashes.
samples = ['abc', 'é', 'ß', 'ﬁ', 'ΣΑΣ ΟΔΟΣ', 'aΣ', 'Σ', 'ǆ', 'ǅemal', 'İstanbul', 'ŉ', 'ΐ',
           "they're bill's friends", 'ÀÉÎõü', 'Straße', '😀 emoji', '\u0130', 'ﬃ', 'ǰ',
           'ᾳ', 'ῼ', 'a\u0345b', 'x\u00adY', '\u1e9e', 'Ω', 'ǈ', 'hello WORLD', '123abc']
for s in samples:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.swapcase()),
          ascii(s.capitalize()), ascii(s.casefold()))
    print(' ', s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isidentifier(),
          s.isprintable(), s.isascii(), len(s), hash(s))
chars = [0, 7, 9, 10, 13, 27, 31, 32, 39, 34, 92, 126, 127, 128, 133, 159, 160, 161, 173, 255,
         0x300, 0x378, 0x600, 0x2028, 0x2029, 0x200b, 0x200e, 0x3000, 0xd800, 0xdfff, 0xe000,
         0xfeff, 0xfffd, 0xffff, 0x10000, 0x1f600, 0xe0001, 0xf0000, 0x10ffff]
for c in chars:
    ch = chr(c)
    print(c, repr(ch), ascii(ch), ch.isprintable(), ch.isspace(), ch.isdigit(), ch.isdecimal(),
          ch.isnumeric(), ch.isalpha())
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'), repr('back\\slash'))
print(repr('\t\n\r\x0b\x0c'), repr('\x00\x1f\x7f\x80\x9f\xa0'))
nums = '0123456789٠١٢³½①Ⅻ〇一２'
print([(c, c.isdecimal(), c.isdigit(), c.isnumeric()) for c in nums])
print('\u3000a\u2003b\x1cc\x85d'.split(), 'x\u2028y\u2029z\x1ew'.splitlines())
print(hash(''), hash('a'), hash('é'), hash('Ω'), hash('😀'), hash('a' * 100), hash('é' * 33))
