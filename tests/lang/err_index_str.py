# IndexError: string index out of range.
word = 'hello'
print(word[0], word[4], word[-5])
print(word[2:99], word[10:])
last = len(word) - 1
print(word[last])
print(word[::-1], len(word))
print('reading word[5]')
print(word[5])
print('never reached')
