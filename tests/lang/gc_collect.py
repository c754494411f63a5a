# gc.collect() returns an int; cycles can be created and collected.
import gc
print(isinstance(gc.collect(), int))
class Node:
    def __init__(self):
        self.other = None
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print(isinstance(gc.collect(), int))
lst = []
lst.append(lst)
del lst
print(gc.collect() >= 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), type(gc.collect()).__name__)
