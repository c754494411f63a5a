# ZeroDivisionError from int floor division.
def buckets(n, size):
    return n // size
print(buckets(10, 3), buckets(-10, 3))
sizes = [5, 2, 1]
print([buckets(100, s) for s in sizes])
sizes.append(0)
print(sizes)
print('last bucket size is zero')
print(buckets(100, sizes[-1]))
