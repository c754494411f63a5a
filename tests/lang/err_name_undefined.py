# Uncaught NameError for a name that was never defined.
def compute(values):
    total = 0
    for v in values:
        total += v
    return total
print('start')
print(compute([1, 2, 3]))
results = []
for i in range(3):
    results.append(i * i)
print(results)
print(undefined_thing)
print('never reached')
