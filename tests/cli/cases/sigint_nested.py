def inner(n):
    total = 0
    while True:
        total += n
def outer():
    inner(3)
print("start", flush=True)
outer()
