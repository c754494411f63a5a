# ValueError: invalid literal for int() with base 10.
inputs = ['12', ' 7 ', '-3', 'abc']
total = 0
for text in inputs[:-1]:
    total += int(text)
    print('parsed', repr(text), 'total', total)
print(int('ff', 16))
print('parsing', repr(inputs[-1]))
print(int(inputs[-1]))
print('never reached')
