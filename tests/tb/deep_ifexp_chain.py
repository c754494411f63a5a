# Long chains of conditional expressions: 3.8's parser stack overflows past
# about 1680 levels (MemoryError), 3.9-3.12 stop at their compile-time
# recursion limit (3000 levels), and every version's parser gives up at
# about 6000 (MemoryError; 3.12+ say why).  Never a crash.
def chain(n):
    return 'a = 0\nx = ' + ' if a else '.join(['1'] * n) + '\n'

for n in (1000, 1600, 1800, 2900, 3100, 5900, 6100, 20000):
    try:
        exec(chain(n), {})
        print(n, 'ok')
    except (MemoryError, RecursionError) as e:
        print(n, type(e).__name__, e)
