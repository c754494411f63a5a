# ru_maxrss growth after building 5 * 10**5 instances of a plain class with two
# attributes, as a coarse range (per object: ~170 bytes 3.8-3.10, ~104 3.11/3.13, ~88 3.12).
import gc, resource
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
gc.collect()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
pts = [Point(1, 2) for i in range(5 * 10**5)]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
per = (after - before) * 1024 / (5 * 10**5)
for lo, hi in ((0, 70), (70, 130), (130, 200), (200, 10**9)):
    if lo <= per < hi:
        print('bytes per object in [%d, %d)' % (lo, hi))
