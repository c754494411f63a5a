def down(n):
    return 0 if n == 0 else down(n - 1)
print("start", flush=True)
while True:
    down(500)
