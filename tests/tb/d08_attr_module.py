# test: full-stderr
import math
math.pie
