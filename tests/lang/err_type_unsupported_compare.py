# TypeError: '<' not supported between instances of 'int' and 'str'.
mixed = [3, 1, 2]
print(sorted(mixed))
print(1 < 2, 'a' < 'b', (1, 'a') < (1, 'b'))
mixed.append('four')
print(mixed)
print(1 == 'a', 1 != 'a')
print('now sorting mixed types')
print(sorted(mixed))
print('never reached')
