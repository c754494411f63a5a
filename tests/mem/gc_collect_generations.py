# gc.collect(generation) and the error for a bad generation.
import gc
gc.collect()
for gen in (0, 1, 2):
    l = []
    l.append(l)
    del l
    print(gen, gc.collect(gen))
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError', e)
try:
    gc.collect(-1)
except ValueError as e:
    print('ValueError', e)
print(gc.garbage)
