# test: full-stderr
# SyntaxError: cannot assign to a literal / expression.
a = 1
b = 2
print(a + b)
def swap(x, y):
    return y, x
print(swap(a, b))
1 = a
print('done')
