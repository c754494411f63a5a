print("start", flush=True)
try:
    while True:
        pass
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
print("goes on")
