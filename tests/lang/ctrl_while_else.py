# while loops with break, continue and else.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print('n =', n)
else:
    print('loop finished normally')
n = 0
while True:
    n += 1
    if n > 3:
        break
print('broke at', n)
k = 10
while k > 0:
    if k == 7:
        print('found 7, breaking')
        break
    k -= 1
else:
    print('never printed')
m = 0
while m < 0:
    print('not executed')
else:
    print('else runs when condition false at start')
a, b = 0, 1
fibs = []
while b < 200:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            break
        print(i, j)
        j += 1
    i += 1
