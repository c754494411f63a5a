# test: full-stderr
# IndentationError: unexpected indent.
def f():
    return 1
value = f()
print(value)
total = value + 1
    extra = total * 2
print(total)
print('done')
