# Deleting a missing attribute of a plain instance.
class P:
    pass

p = P()
p.a = 1
del p.a
print(hasattr(p, 'a'))
del p.a
