# Exceptions inside loops; continue/break from handlers.
results = []
for value in ['1', 'x', '3', '', '5']:
    try:
        n = int(value)
    except ValueError as e:
        results.append(f'skip {value!r}')
        continue
    else:
        results.append(n * 10)
print(results)
data = {'a': 1, 'c': 3}
found = []
for key in 'abcd':
    try:
        found.append(data[key])
    except KeyError:
        if key == 'd':
            break
        found.append(None)
print(found)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f'attempt {attempts}')
        print('succeeded after', attempts)
        break
    except ConnectionError as e:
        print('retry:', e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf')
    except TypeError:
        return None
print([safe_div(1, x) for x in [1, 0, 'a', 4]])
errors = []
for f in (int, float, str):
    try:
        f('nan?')
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
