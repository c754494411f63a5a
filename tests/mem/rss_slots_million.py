# ru_maxrss growth after building 10**6 slotted objects: ~48 bytes each plus
# 8 bytes of list (CPython: ~56 bytes per object in every version).  Coarse
# ranges only: ru_maxrss starts from the parent's peak after fork.
import gc, resource
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
gc.collect()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
pts = [Point(1, 2) for i in range(10**6)]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
per = (after - before) * 1024 / 10**6
print('bytes per object in [40, 75):', 40 <= per < 75)
print('peak in [50, 100) MiB:', 50 <= after / 1024 < 100)
