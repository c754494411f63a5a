# Different integer seeds, including big and negative ones.
import random
for seed in (0, 1, 2, 12345, 2 ** 32, 2 ** 32 + 1, 2 ** 64 + 7, 10 ** 30, -5):
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 1000))
random.seed(-5)
a = random.random()
random.seed(5)
b = random.random()
print(a == b)
random.seed(7)
first = [random.random() for _ in range(3)]
random.seed(7)
second = [random.random() for _ in range(3)]
print(first == second)
random.seed(3)
print([random.randint(0, 1) for _ in range(20)])
print(random.randint(0, 2 ** 70), random.randint(-(2 ** 40), 2 ** 40))
print(random.randint(5, 5), random.choice([None]), random.choice(range(100, 200)))
