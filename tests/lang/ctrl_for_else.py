# for loops with break/continue/else and nested loops.
def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, 'has divisor', d)
            break
    else:
        print(n, 'is prime')
for n in (7, 9, 13, 15, 2):
    find_divisor(n)
for i in range(5):
    if i % 2:
        continue
    print('even', i)
for ch in '':
    print('never')
else:
    print('empty loop else')
for x in range(3):
    for y in range(3):
        if y > x:
            break
        print(x, y, end='; ')
print()
total = 0
for i, v in enumerate([10, 20, 30], start=1):
    total += i * v
print(total)
for i in range(3):
    pass
print('i after loop:', i)
for k in {'b': 1, 'a': 2}:
    print(k)
r = []
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    r.append(a + b + c)
print(r)
