# Free lists: objects recycled from a free list filled before start() cost
# nothing (snapshots go into a preallocated array: no int stays alive between them).
import gc, tracemalloc
from array import array
snap = array('q', [0]) * 5
get = tracemalloc.get_traced_memory
gc.collect()
a = {'x': 1}; b = []
del a, b              # a dict, its keys table and a list go to the free lists
tracemalloc.start()
snap[0] = get()[0]    # the first call after start() allocates something itself
snap[0] = get()[0]
d = {}
snap[1] = get()[0]
d['a'] = 1
snap[2] = get()[0]
l = []
snap[3] = get()[0]
l.append(1)
snap[4] = get()[0]
tracemalloc.stop()
print('{}', snap[1] - snap[0])
print("d['a'] = 1", snap[2] - snap[1])
print('[]', snap[3] - snap[2])
print('append', snap[4] - snap[3])
