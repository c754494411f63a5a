# TypeError: got multiple values for argument.
def scale(value, factor=2):
    return value * factor
print(scale(3))
print(scale(3, 4))
print(scale(value=5, factor=1))
values = [1, 2, 3]
print([scale(v) for v in values])
print('now passing value twice')
print(scale(10, value=20))
