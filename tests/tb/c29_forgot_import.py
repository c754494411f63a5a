# test: full-stderr
print(random.randint(1, 2))
