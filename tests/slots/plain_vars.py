# vars() on a plain instance returns its __dict__.
class P:
    cls_attr = 10
    def __init__(self):
        self.a = 1

p = P()
v = vars(p)
print(v)
print(v is p.__dict__)
v['b'] = 2
print(p.b)
print(sorted(k for k in vars(P) if not k.startswith('__')))
print('cls_attr' in vars(p))
