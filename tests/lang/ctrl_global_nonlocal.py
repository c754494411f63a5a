# global and nonlocal declarations.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment()
increment()
print(counter)
def make_global():
    global created_later
    created_later = 'made in function'
make_global()
print(created_later)
def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'changed by inner'
    inner()
    return x
print(outer())
def make_counter():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(5), c2())
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
def nested():
    v = 1
    def a():
        def b():
            nonlocal v
            v += 10
        b()
    a()
    return v
print(nested())
