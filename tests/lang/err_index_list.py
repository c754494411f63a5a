# IndexError: list index out of range.
items = ['a', 'b', 'c']
print(items[0], items[-1], items[-3])
print(items[1:10], items[5:])
for i in range(len(items)):
    print(i, items[i])
print(items.index('b'), len(items))
print('reading index 3')
print(items[3])
print('never reached')
