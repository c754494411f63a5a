# shuffle and choice sequences after seeding.
import random
random.seed(2024)
lst = list(range(20))
random.shuffle(lst)
print(lst)
random.shuffle(lst)
print(lst)
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
print([random.choice(words) for _ in range(6)])
print(''.join(random.choice('ACGT') for _ in range(30)))
one = [1]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)
counts = {}
for _ in range(1000):
    k = random.randint(1, 3)
    counts[k] = counts.get(k, 0) + 1
print(counts)
random.seed(99)
letters = list('abcdefgh')
random.shuffle(letters)
print(letters, random.choice(letters), random.random())
try:
    random.choice([])
except IndexError as e:
    print('IndexError:', e)
