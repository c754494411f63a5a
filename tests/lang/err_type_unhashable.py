# TypeError: unhashable type: 'list' as a dict key.
ok = {(1, 2): 'tuple key', 'k': 'str key', 3: 'int key'}
print(ok[(1, 2)], ok['k'], ok[3])
print(hash((1, 2)) == hash((1, 2)))
key = [1, 2]
print('list key', key)
s = {1, 2}
print(s)
print('building dict')
bad = {[]: 1}
print(bad)
