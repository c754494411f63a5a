# reverse, index with bounds, count, and reversed().
a = [5, 3, 8, 3, 1, 3]
a.reverse()
print(a, list(reversed(a)), a[::-1])
print(a.index(3), a.index(3, 2), a.index(3, -2), a.count(3))
try:
    a.index(3, 4, 5)
except ValueError as e:
    print('ValueError:', e)
b = [[1], [1], 1, 1.0, True]
print(b.count(1), b.count([1]), b.index(True), [1, 2].index(2))
c = list(range(10))
del c[0]
del c[-1]
del c[2:4]
print(c, len(c))
words = ['pear', 'fig', 'apple']
words.sort(reverse=True)
print(words, sorted(words, key=len), words.pop(1), words)
stack = []
for i in range(4):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=' ')
print()
queue = [1, 2, 3]
print(queue.pop(0), queue.pop(0), queue)
e = [3, 1, 2]
e.extend(e)
print(e, e * 2)
print(sum([[1], [2, 3]], []), [x for x in reversed(range(4))])
