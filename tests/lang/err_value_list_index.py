# ValueError from list.index of a missing value.
colors = ['red', 'green', 'blue']
print(colors.index('green'), colors.index('blue'))
print('purple' in colors)
numbers = [10, 20, 30]
print(numbers.index(30))
print(numbers.index(10, 0, 1), numbers.count(5))
print('looking for 5')
print(numbers.index(5))
print('never reached')
