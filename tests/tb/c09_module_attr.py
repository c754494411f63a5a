# test: full-stderr
import math
print(math.sqr(4))
