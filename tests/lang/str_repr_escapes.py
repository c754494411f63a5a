# repr() of strings picks quotes and escapes.
samples = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\nx', 'cr\rx',
           'back\\slash', '\x00\x01\x1f\x7f', 'é', 'ñandú', '日本', '\u200b', '\xa0',
           '\U0001F600', '\x80\x9f', 'bell\a', '']
for s in samples:
    print(repr(s), len(s))
print(repr(['a', "b'c"]), repr(('d"e',)), repr({'k': 'v\n'}))
print(str(['tab\t']), '%r' % 'x', f'{"q"!r}', '{!r}'.format('\\'))
print(repr(repr('a')), repr(str(1)), repr('é日'))
print("'" + 'mixed' + '"', repr("\\'"), repr('\\"'))
print(repr('\x1b[0m'), repr('\u00ff\u0100'), repr('\uffff'))
