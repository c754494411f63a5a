# CPython computes 10 ** 10**10 for minutes (or hours); slotlab's memory cap
# refuses it up front.
try:
    x = 10 ** 10**10
except MemoryError:
    print("MemoryError")
print("goes on")
