# IndexError: tuple index out of range.
point = (3, 4)
print(point[0], point[1], point[-2])
x, y = point
print(x + y)
print(point[:5])
print(len(point), point.index(4))
print('reading point[2]')
print(point[2])
print('never reached')
