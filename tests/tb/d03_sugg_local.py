# test: full-stderr
def f():
    counter = 0
    total_sum = 5
    return total_summ + counter
f()
