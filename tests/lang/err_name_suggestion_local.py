# NameError for a misspelled local name: 3.13 suggests the right one.
def average(numbers):
    counter = 0
    total = 0
    for n in numbers:
        total += n
        counter += 1
    print('summed', total)
    return total / countr
print('computing')
print(average([1, 2, 3]))
print('never reached')
