def inner():
    n = 0
    for i in iter(int, 1):
        n += i
print("start", flush=True)
inner()
