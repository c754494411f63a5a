# Unterminated strings in compile(), exec() and imported source: 3.8-3.9
# place these at the end of the tokenizer's buffer, counting characters or
# bytes depending on how the source arrived.
srcs = ['x = "abc\n', 'x = """abc\n\nfoo\n', 'x = """abc\n\nfoo', "x = 'abc\\\ndef\n",
        's = "é€abc\n', 'x = 1\ny = """\n', 'x = \\\n  """abc\n\n', 'x = \\\n  "abc\n',
        'x = """é€\n\nfoo\n']
for s in srcs:
    for src in (s, s.encode()):
        try:
            compile(src, "<f>", "exec")
        except SyntaxError as e:
            print(type(src).__name__, e.msg, e.lineno, e.offset, repr(e.text))
try:
    exec('t = "é€\\\nabc\n')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text))
