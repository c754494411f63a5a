# ZeroDivisionError from int true division.
def ratio(a, b):
    return a / b
print(ratio(1, 2), ratio(7, 7), ratio(-3, 4))
values = [4, 2, 1, 0]
for v in values[:-1]:
    print(12 / v)
print('dividing by', values[-1])
print(ratio(12, values[-1]))
print('never reached')
