# A snapshot of many traced blocks: the biggest line is the comprehension's,
# grouping by file and by traceback works, and compare_to sees the growth.
import tracemalloc
class P:
    __slots__ = ('x', 'y')
tracemalloc.start(2)
first = tracemalloc.take_snapshot()
points = [P() for i in range(20000)]
extra = [str(i) * 3 for i in range(3000)]
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
stats = snap.statistics('lineno')
top = stats[0]
print(top.traceback[0].lineno, top.count >= 20000, top.size >= 20000 * 48)
second = [s for s in stats if s.traceback[0].lineno == 9]
print(len(second), second[0].count >= 3000)
files = snap.statistics('filename')
print(files[0].traceback[0].filename == __file__, files[0].traceback[0].lineno)
print(len(snap.statistics('traceback')) >= 2)
diff = snap.compare_to(first, 'lineno')
print(diff[0].traceback[0].lineno, diff[0].size_diff >= 20000 * 48, diff[0].count_diff >= 20000)
print(str(top).startswith(__file__ + ':8: size='))
