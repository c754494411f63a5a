# A class without __slots__ keeps a per-instance __dict__.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.__dict__)
print(type(p.__dict__).__name__)
p.z = 3
print(p.__dict__)
q = P(5, 6)
print(q.__dict__)
print(p.__dict__ is q.__dict__)
print('__dict__' in P.__dict__)
print('__weakref__' in P.__dict__)
