# String ordering is by code point.
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'apple pie', 'apples', '', 'Zebra', 'éclair']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print('a' < 'b' < 'c', 'abc' < 'ab', 'abc' > 'ab', 'A' < 'a', '9' < 'A')
print('apple' == 'apple', 'apple' != 'Apple', 'a' * 3 >= 'aaa', 'b' <= 'a')
pairs = [('b', 2), ('a', 2), ('b', 1), ('a', 1)]
print(sorted(pairs), max(pairs), min(pairs))
print(sorted('hello world'), ''.join(sorted('hello world', reverse=True)))
