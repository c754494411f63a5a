# AttributeError on a misspelled module attribute: CPython suggests a fix.
import math
root = math.sqrt(2)
print(round(root, 5))
print(math.floor(root), math.ceil(root))
angles = [0, math.pi / 2]
for a in angles:
    print(round(math.sin(a), 3))
print('calling math.sqr')
print(math.sqr(4))
