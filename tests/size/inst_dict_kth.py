# 3.11+: the reported dict size of the k-th instance follows the shrinking
# shared-keys "usable" count; before 3.11 it is constant.
import sys
class User:
    def __init__(self, name):
        self.name = name
        self.age = 3
keep = []
for k in range(1, 36):
    u = User('x')
    keep.append(u)
    print(k, sys.getsizeof(u.__dict__))
