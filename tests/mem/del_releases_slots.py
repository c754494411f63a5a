# Memory released by `del` of a list of N slotted instances, and by deleting
# every other one.
import gc, tracemalloc
class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = None
        self.b = None
keep = [S() for i in range(40)]
N = 10000
holder = [None] * N
gc.collect()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
for i in range(N):
    holder[i] = S()
built = tracemalloc.get_traced_memory()[0] - base
for i in range(0, N, 2):
    holder[i] = None
half = tracemalloc.get_traced_memory()[0] - base
del holder
gone = tracemalloc.get_traced_memory()[0] - base
tracemalloc.stop()
print(built // N, round((built - half) / (N // 2)), gone < 1024)
