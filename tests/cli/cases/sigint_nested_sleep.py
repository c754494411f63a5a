import time
def wait():
    time.sleep(1000)
def outer():
    wait()
print("start", flush=True)
outer()
