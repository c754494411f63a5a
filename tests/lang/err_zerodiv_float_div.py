# ZeroDivisionError from float true division.
def per_item(total, count):
    return total / count
print(per_item(10.0, 4), per_item(1.5, 0.5))
counts = [2.0, 1.0, 0.0]
for c in counts[:-1]:
    print(per_item(3.0, c))
print('dividing by', counts[-1])
print(per_item(3.0, counts[-1]))
print('never reached')
