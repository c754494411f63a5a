# run with SLOTLAB_STEP_LIMIT=1000: the runaway loop ends
n = 0
try:
    while True:
        n += 1
except KeyboardInterrupt:
    print("stopped after", n, "iterations")
while True:
    pass
