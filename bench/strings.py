# String building and formatting: f-strings, %, str.format, join, +=.
def build():
    parts = []
    for i in range(300000):
        parts.append(f'item {i:06d}: {i * 1.5:.2f} [{i % 7!r}]')
    text = '\n'.join(parts)
    s = ''
    for i in range(300000):
        s += '%d,' % i if i % 3 else '{}-{};'.format(i, 'x')
    words = text.split()
    upper = ' '.join(w.upper() for w in words[:100000])
    return text, s, words, upper

text, s, words, upper = build()
print(len(text), len(s), len(words), len(upper), text[-40:], s[-20:])
