# Writing to obj.__dict__ makes attributes visible.
class P:
    pass

p = P()
p.__dict__['x'] = 42
print(p.x)
p.__dict__.update(y=1, z=2)
print(p.y, p.z)
del p.__dict__['x']
print(hasattr(p, 'x'))
p.__dict__ = {'w': 'new'}
print(p.w, hasattr(p, 'y'))
print(vars(p))
