# Closures capture variables, not values.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())
def early_binding():
    return [(lambda i=i: i)() for i in range(3)]
print(early_binding())
def accumulator():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    def get():
        return total
    return add, get
add, get = accumulator()
add(3)
add(4)
print(get())
def outer():
    x = 1
    def mid():
        def inner():
            return x * 100
        return inner
    x = 2
    return mid()()
print(outer())
def counter_gen():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
inc = counter_gen()
print(inc(), inc(), inc())
print(add5.__name__, make_adder.__name__)
