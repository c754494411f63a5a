# Insertion order different from the first instance's (before 3.11 this
# unshares the dict and switches key sharing off for the class).
import sys
class C:
    def __init__(self, flip):
        if flip:
            self.b = 2
            self.a = 1
        else:
            self.a = 1
            self.b = 2
x = C(False)
y = C(False)
print('same order', sys.getsizeof(x.__dict__), sys.getsizeof(y.__dict__))
z = C(True)
print('flipped', sys.getsizeof(z.__dict__))
w = C(False)
print('after flip', sys.getsizeof(w.__dict__), sys.getsizeof(x.__dict__))
print(list(z.__dict__), list(w.__dict__))
