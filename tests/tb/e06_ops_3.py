# test: full-stderr
def f(i):
    a, b = 1, None
    if i == 0: return a - b
    if i == 1: return a @ b
    if i == 2: return a ** b
    if i == 3: return a // b
    if i == 4: return a >> b
    if i == 5: return a|b
    if i == 6: return (a)  *  (b)
    if i == 7: return a < b
    if i == 8: return -b
    if i == 9: return a in b
f(3)
