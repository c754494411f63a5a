# AttributeError: 'NoneType' object has no attribute ...
def find(items, target):
    for item in items:
        if item.startswith(target):
            return item
names = ['alpha', 'beta']
print(find(names, 'al').upper())
result = find(names, 'zz')
print(result)
print('using the missing result')
print(result.upper())
