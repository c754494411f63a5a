# if / elif / else chains.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in (-5, 0, 3, 10, 99, 100, 10 ** 20):
    print(n, classify(n))
for v in (0, 1, '', 'x', [], [0], None, 0.0, {}, (0,)):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
if x > 3:
    if x > 4:
        print('nested both')
    else:
        print('nested outer only')
if not x:
    pass
elif x in (1, 5, 9):
    print('x in tuple')
if x == 5: print('one-line if')
print('yes' if x else 'no', 'big' if x > 10 else 'mid' if x > 3 else 'small')
