# gc.get_stats(): one dict per generation with fixed keys.
import gc
s = gc.get_stats()
print(len(s), [sorted(d) for d in s][0])
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print(gc.get_debug())
