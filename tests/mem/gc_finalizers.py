# Cycles with __del__ are collected (PEP 442); gc.garbage stays empty.
import gc
class F:
    def __del__(self):
        print('del', self.name)
a = F(); a.name = 'a'
b = F(); b.name = 'b'
a.o = b; b.o = a
del a, b
gc.collect()
print(gc.garbage)
if hasattr(gc, 'is_finalized'):
    x = F(); x.name = 'x'
    print(gc.is_finalized(x))
else:
    print('no is_finalized')
