# test: full-stderr
import sys
sys.setrecursionlimit(3000)
def g(n):
    return f(n)
def f(n):
    if n == 1200:
        raise ValueError("deep")
    if n % 500 == 0:
        return g(n + 1)
    return f(n + 1)
f(1)
