# Set comprehensions and dedup patterns.
print({x * x for x in range(-4, 5)})
print({x % 5 for x in range(100)})
print(sorted({w.lower() for w in ['A', 'a', 'B', 'b', 'c']}))
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(len({i // 3 for i in range(30)}), {c for c in 'hello' if c != 'l'} == set('heo'))
seen = set()
dups = []
for n in [3, 1, 3, 2, 1, 5]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(seen, dups)
order_kept = list(dict.fromkeys([3, 1, 3, 2, 1, 5]))
print(order_kept)
primes = {n for n in range(2, 30) if all(n % d for d in range(2, n))}
print(primes, sorted(primes, reverse=True)[:3])
print(sum({1, 2, 3}), max({-1, 5}), min({7, 8}), sorted({3.5, 1, 2}))
