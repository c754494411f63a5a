# Cost of the k-th instance (3.11+: the first instances carry a values storage
# sized for ~30 attributes).  Snapshots go into a preallocated array so that no
# int object stays alive between two measurements; a rehearsal with another
# class and a call of User.__init__ on a foreign object warm the interpreter up.
import gc, tracemalloc
from array import array
class User:
    def __init__(self, name):
        self.name = name
class Other:
    def __init__(self, name):
        self.name = name
class Dummy:
    pass
K = 35
holder = [None] * K
snap = array('q', [0]) * (2 * K)
get = tracemalloc.get_traced_memory
gc.collect()
User.__init__(Dummy(), 'x')
def run(cls):
    for k in range(K):
        snap[2 * k] = get()[0]
        holder[k] = cls('Amir')
        snap[2 * k + 1] = get()[0]
tracemalloc.start()
run(Other)
tracemalloc.stop()
tracemalloc.start()
run(User)
tracemalloc.stop()
print([snap[2 * k + 1] - snap[2 * k] for k in range(K)])
