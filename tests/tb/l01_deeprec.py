# test: full-stderr
import sys
sys.setrecursionlimit(3000)
def f(n):
    if n == 2500:
        raise ValueError("deep")
    return f(n + 1)
f(0)
