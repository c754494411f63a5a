# ZeroDivisionError from int modulo.
def wrap(i, n):
    return i % n
print(wrap(7, 3), wrap(-7, 3), wrap(7, -3))
lengths = [3, 2, 1, 0]
for n in lengths[:-1]:
    print(n, wrap(10, n))
print('wrapping with zero length')
print(wrap(10, lengths[-1]))
print('never reached')
