# run with SLOTLAB_MEMORY_LIMIT_MB=64
xs = []
try:
    while True:
        xs.append([0] * 100000)
except MemoryError:
    n = len(xs)
    xs = None
    print("MemoryError after", "a few" if 10 < n < 200 else n, "blocks")
print("goes on", sum([1, 2, 3]))
