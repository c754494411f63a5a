def inner():
    n = 0
    while n >= 0:
        n += 1
print("start", flush=True)
inner()
