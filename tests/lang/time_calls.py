# time functions can be called (values are never printed).
import time
t0 = time.time()
p0 = time.perf_counter()
time.sleep(0)
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
print(type(t0).__name__, type(p0).__name__)
print(t1 >= t0, p1 >= p0, p1 - p0 >= 0.0, p1 - p0 < 10)
print(t0 > 1.6e9)
total = 0
start = time.perf_counter()
for i in range(1000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0)
print(callable(time.time), callable(time.sleep), time.__name__)
