# TypeError: unsupported operand types for +.
def label(count, unit):
    return count + unit
print(label(1, 2))
print(label('a', 'b'))
items = ['x', 'y']
print(len(items))
print(f'{len(items)} items')
total = 0
total += 5
print(total)
print(label(1, ' item'))
