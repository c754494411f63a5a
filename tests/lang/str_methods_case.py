# Case conversion and case predicates.
words = ['hello', 'WORLD', 'Hello World', 'hello world', 'mIxEd CaSe', "it's a dog's life",
         'ßtraße', '123abc', '', 'ǅungla']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
print('Straße'.casefold(), 'ΣΑΣ'.lower(), 'ﬁ'.upper())
print('hello'.upper().lower() == 'hello', 'ABC'.lower() < 'abd')
