# Case conversion and case predicates.
words = ['hello', 'WORLD', 'Hello World', 'hello world', 'mIxEd CaSe', "it's a dog's life",
         'ßtraße', '123abc', '', 'ǅungla']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
print('Straße'.casefold(), 'ΣΑΣ'.lower(), 'ﬁ'.upper())
print('hello'.upper().lower() == 'hello', 'ABC'.lower() < 'abd')
print(['A', 'b', 'C'] == [c.upper() if i % 2 == 0 else c for i, c in enumerate('Abc'.swapcase().swapcase())])
for w in ('ǅ', 'ǆ', 'Ǆ', 'ſ', 'İ'):
    print(repr(w), w.upper(), w.lower(), w.title(), len(w.lower()))
