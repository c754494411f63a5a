# gc.callbacks receive 'start'/'stop' with generation, collected, uncollectable.
import gc
events = []
def cb(phase, info):
    events.append((phase, sorted(info), info['generation']))
gc.collect()
gc.callbacks.append(cb)
l = []
l.append(l)
del l
gc.collect()
gc.callbacks.remove(cb)
for e in events:
    print(e)
