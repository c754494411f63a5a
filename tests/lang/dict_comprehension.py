# Dict comprehensions.
print({x: x * x for x in range(6)})
print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})
words = ['apple', 'banana', 'avocado', 'blueberry', 'cherry']
print({w[0]: w for w in words})
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({k: len(v) for k, v in by_letter.items()})
inv = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inv)
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({str(i): [j for j in range(i)] for i in range(4)})
print({x % 3: x for x in range(10)}, {k: None for k in ''})
n = 5
squares = {i: i ** 2 for i in range(n) if i % 2}
print(squares, sum(squares.values()), list(squares))
