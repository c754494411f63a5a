# TypeError: can only concatenate str (not "int") to str.
name = 'item'
number = 7
print(name + str(number))
print(f'{name}{number}')
print('%s%d' % (name, number))
parts = [name, str(number)]
print(''.join(parts))
print('now the mistake')
print(name + number)
