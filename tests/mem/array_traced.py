# tracemalloc: an array's item block is a private block of the array (grown
# by array_resize, freed with it); snapshots go into a preallocated array.
import tracemalloc
from array import array
snap = array('q', [0]) * 10
get = tracemalloc.get_traced_memory
tracemalloc.start()
snap[0] = get()[0]
snap[0] = get()[0]
a = array('d', [0.0, 1.0, 2.0])
snap[1] = get()[0]
a.append(1.0)
snap[2] = get()[0]
b = a * 100
snap[3] = get()[0]
del b
snap[4] = get()[0]
a.extend(a)
snap[5] = get()[0]
del a
snap[6] = get()[0]
tracemalloc.stop()
print([snap[i + 1] - snap[i] for i in range(6)])
