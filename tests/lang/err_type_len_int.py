# TypeError: object of type 'int' has no len().
data = [1, 2, 3]
print(len(data), len('abc'), len({}), len(range(4)))
def size(x):
    return len(x)
print(size((1, 2)))
print(size({'k': 1}))
value = 12345
print(value, len(str(value)))
print(size(value))
