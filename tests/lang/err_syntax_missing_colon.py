# test: full-stderr
# SyntaxError: a missing colon after an if condition.
print('this line never runs: the whole file fails to compile')
values = [1, 2, 3]
total = 0
for v in values:
    total += v
if total > 5
    print('big')
print(total)
