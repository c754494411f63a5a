# test: full-stderr
import sys
sys.setrecursionlimit(1500)
def f(n):
    return f(n + 1)
f(0)
