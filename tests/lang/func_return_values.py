# Return values: implicit None, tuples, early returns.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, 'two', [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(nothing(), bare(), multi(), early(10), early(0))
a, b, c = multi()
print(a, b, c, type(multi()).__name__)
def min_max(seq):
    return min(seq), max(seq)
lo, hi = min_max([4, -2, 9])
print(lo, hi)
def gen_value(flag):
    if flag:
        return 'yes'
print(gen_value(True), gen_value(False))
def returns_func():
    def f():
        return 'inner result'
    return f
print(returns_func()())
def nested_return(x):
    try:
        return 'try ' + str(x)
    finally:
        print('cleanup for', x)
print(nested_return(1))
def loop_return():
    while True:
        return 'left loop'
print(loop_return())
