# resource.getrusage(RUSAGE_SELF).ru_maxrss: an int, in KiB on Linux, never decreasing.
import resource, sys
r = resource.getrusage(resource.RUSAGE_SELF)
m = r.ru_maxrss
print(type(m).__name__, m > 1000, m < 10**7)
print(sys.platform)
big = bytearray(50 * 1024 * 1024)
for i in range(0, len(big), 4096):
    big[i] = 1
m2 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print('grew by 40..70 MiB', 40 * 1024 <= m2 - m <= 70 * 1024)
del big
m3 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print('peak kept', m3 >= m2)
print(resource.RUSAGE_SELF, type(r).__name__, len(tuple(r)))
