print("start", flush=True)
while True:
    xs = [i * 2 for i in range(200000)]
    xs.sort(reverse=True)
    s = ",".join(str(x) for x in xs[:1000])
