print("start", flush=True)
name = input()
