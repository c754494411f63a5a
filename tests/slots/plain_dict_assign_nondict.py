# Assigning a non-dict to __dict__ is a TypeError.
class P:
    pass

p = P()
try:
    p.__dict__ = [1, 2]
except TypeError as e:
    print('TypeError:', e)
p.__dict__ = {}
print(vars(p))
p.__dict__ = 5
