# TypeError: can't multiply sequence by non-int.
line = '-' * 10
print(line)
print('ab' * 3, 3 * 'cd', [0] * 2)
width = '5'
print('width is', width)
print(int(width) * '=')
pattern = 'xy'
print(pattern * 2)
print(pattern * width)
