# vars() and dir() on small user classes.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Shape(Base):
    sides = 0
    def __init__(self, name):
        self.name = name
        self.color = 'red'
    def area(self):
        return 0
    @property
    def label(self):
        return self.name.upper()
    @staticmethod
    def util():
        pass
s = Shape('sq')
print(vars(s))
s.extra = 42
print(vars(s), s.__dict__ is vars(s))
print([n for n in dir(s) if not n.startswith('__')])
print([n for n in dir(Shape) if not n.startswith('__')])
print([n for n in dir(Base) if not n.startswith('__')])
print(sorted(k for k in vars(Shape) if not k.startswith('__')))
print('name' in dir(s), 'name' in dir(Shape), 'area' in dir(s))
class Empty:
    pass
print(vars(Empty()), [n for n in dir(Empty()) if not n.startswith('_')])
def local_scope():
    a = 1
    b = 'two'
    return sorted(vars().items())
print(local_scope())
x_module_level = 5
print('x_module_level' in dir(), 'Shape' in vars())
