# get_count() shape, get_threshold(), isenabled().
import gc
c = gc.get_count()
print(type(c).__name__, len(c), all(type(x) is int for x in c))
print(gc.get_threshold())
print(gc.isenabled())
gc.collect()
print(gc.get_count()[1:], gc.get_count()[0] < 50)
old = gc.get_threshold()
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
