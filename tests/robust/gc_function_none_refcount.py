# Found by the fuzzer: a function collected by gc (clear, then dealloc)
# released None more often than it took it, until None looked like an
# ordinary object and id(None) read outside it.
import copy
import gc

for i in range(3):
    def f():
        pass
    f.me = f          # a cycle through the function's __dict__
    del f
    gc.collect()

print(id(None) == id(None))
print(copy.deepcopy([None, (None, 1), {"k": None}]))
