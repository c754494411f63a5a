# Generator and coroutine objects (3.11+ embed the frame).
import sys
def gen():
    yield 1
def gen_locals(a, b, c):
    x = a + b + c
    yield x
async def coro():
    return 1
g = gen()
print('gen', sys.getsizeof(g))
print('gen locals', sys.getsizeof(gen_locals(1, 2, 3)))
c = coro()
print('coro', sys.getsizeof(c))
c.close()
print('genexpr', sys.getsizeof(x for x in ()))
