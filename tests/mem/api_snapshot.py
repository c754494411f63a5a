# take_snapshot() and statistics(): the block of a big list is attributed to its line.
import tracemalloc
tracemalloc.start()
big = [None] * 50000
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
stats = snap.statistics('lineno')
top = stats[0]
print(top.traceback[0].lineno, top.size >= 400000, top.count >= 1)
print(snap.traceback_limit, type(snap).__name__)
f = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print(sum(s.size for s in f.statistics('filename')) >= 400000)
