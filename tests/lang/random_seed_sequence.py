# random.seed(1) reproduces CPython's Mersenne Twister sequence.
import random
random.seed(1)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(10)])
print([random.choice('abcdef') for _ in range(8)])
items = list(range(10))
random.shuffle(items)
print(items)
random.seed(1)
print(random.random())
random.seed(42)
print(random.random(), random.randint(0, 100), random.choice([10, 20, 30]))
deck = [r + s for s in 'SH' for r in 'A23456']
random.shuffle(deck)
print(deck)
random.seed(0)
print([round(random.random(), 6) for _ in range(3)], random.randint(-10, 10))
