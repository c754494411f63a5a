# test: full-stderr
# IndentationError: unindent does not match any outer indentation level.
def compute(values):
    total = 0
    for v in values:
        total += v
      return total
print(compute([1, 2]))
print('done')
x = 1
y = 2
