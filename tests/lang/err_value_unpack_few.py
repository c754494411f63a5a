# ValueError: not enough values to unpack.
x, y, z = 'abc'
print(x, y, z)
record = ('ann', 30)
name, age = record
print(name, age)
print(len(record), record[0])
print('unpacking two values into three names')
name, age, city = record
print('never reached')
