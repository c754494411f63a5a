# Deleting an instance attribute (before 3.11 this unshares and switches
# sharing off for the class).
import sys
class C:
    def __init__(self):
        self.a = 1
        self.b = 2
x = C()
y = C()
print('before', sys.getsizeof(x.__dict__), sys.getsizeof(y.__dict__))
del x.a
print('after del', sys.getsizeof(x.__dict__), sys.getsizeof(y.__dict__))
z = C()
print('new instance', sys.getsizeof(z.__dict__))
x.a = 5
print('re-add', sys.getsizeof(x.__dict__), list(x.__dict__))
print(sys.getsizeof(x), sys.getsizeof(z))
