# get_object_traceback(): where an object was allocated.
import tracemalloc
class P:
    __slots__ = ('x',)
tracemalloc.start(3)
a = P()
b = 'x' * int('1000')
def make():
    return {'k': P()}
c = make()
tb = tracemalloc.get_object_traceback(a)
print(len(tb), tb[0].lineno, tb[0].filename.rsplit('/', 1)[-1])
print(tracemalloc.get_object_traceback(b)[0].lineno)
tb = tracemalloc.get_object_traceback(c['k'])
print([f.lineno for f in tb])
print(tracemalloc.get_object_traceback(P) is None)
tracemalloc.stop()
print(tracemalloc.get_object_traceback(a))
