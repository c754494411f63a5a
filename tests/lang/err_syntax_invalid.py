# test: full-stderr
# SyntaxError: invalid syntax.
first = 1
second = 2
def add(a, b):
    return a + b
print(add(first, second))
result = first second
print(result)
print('done')
