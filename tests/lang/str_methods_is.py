# Character-class predicates.
samples = ['123', '12.5', 'abc', 'abc123', 'ABC', '   ', '', '\t\n', 'x_1', '_', '1abc',
           '²', '½', '٣', 'é', 'Hello World', 'hello_world', 'class', 'a b']
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
print('Hello'.isupper(), 'HELLO!'.isupper(), 'hello 1'.islower(), '1'.islower())
print('Title Case'.istitle(), 'Title case'.istitle(), 'A1 B2'.istitle())
print([c for c in 'a1 _B²' if c.isalnum()], [c for c in 'a1 _B²' if c.isdigit()])
print(''.isdigit(), ''.isalpha(), ''.isspace(), ''.isidentifier(), ''.isprintable())
print('\x1f'.isprintable(), ' '.isprintable(), '\u00a0'.isspace(), '\u2028'.isspace())
