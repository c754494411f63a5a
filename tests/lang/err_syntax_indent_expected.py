# test: full-stderr
# IndentationError: expected an indented block after 'if' statement.
def check(n):
    if n > 0:
        return 'positive'
    return 'other'
x = 5
if x > 3:
print('x is big')
print(check(x))
print('done')
