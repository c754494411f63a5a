# test: full-stderr
# SyntaxError: 'return' outside function.
def inside():
    return 'fine'
print(inside())
values = [1, 2, 3]
for v in values:
    print(v)
return values
print('done')
x = 1
