# Dynamic attributes: set, read, delete, setattr/getattr/delattr.
class P:
    pass

p = P()
p.a = 1
setattr(p, 'b', 2)
setattr(p, 'not an identifier', 3)
print(p.a, getattr(p, 'b'), getattr(p, 'not an identifier'))
print(sorted(p.__dict__))
del p.a
delattr(p, 'b')
print(sorted(p.__dict__))
print(hasattr(p, 'a'), getattr(p, 'a', 'default'))
p.a = 'again'
print(p.a)
