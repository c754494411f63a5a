# List comprehensions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [v for row in matrix for v in row])
print([x if x % 2 else -x for x in range(6)])
print([c.upper() for c in 'abc'], [len(w) for w in ['a', 'bb', '']])
x = 'outer'
r = [x for x in range(3)]
print(x, r)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([y for y in [] if y], [[] for _ in range(2)], [(yield_ := n) for n in range(2)])
print([n for n in range(10) if (sq := n * n) > 20], sq)
print(sum([i for i in range(101)]), [i for i in 'ab' for _ in range(2)])
