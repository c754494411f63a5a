# test: full-stderr
# SyntaxError: '(' was never closed.
def area(w, h):
    return w * h
sizes = [(1, 2), (3, 4)]
for w, h in sizes:
    print(area(w, h))
total = sum(area(w, h) for w, h in sizes
print(total)
x = 1
