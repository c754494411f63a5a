# gc.freeze() moves tracked objects to a permanent generation.
import gc
gc.collect()
print(gc.get_freeze_count() >= 0)
gc.freeze()
print(gc.get_freeze_count() > 100)
gc.unfreeze()
print(gc.get_freeze_count() >= 0)
