# Touching __dict__ of every instance as it is created vs only at the end.
import sys
class P:
    def __init__(self):
        self.a = 1
keep = []
sizes = []
for k in range(32):
    p = P()
    keep.append(p)
    sizes.append(sys.getsizeof(p.__dict__))
print(sizes)
print([sys.getsizeof(p.__dict__) for p in keep])
print(sys.getsizeof(keep[0]), sys.getsizeof(keep[-1]))
