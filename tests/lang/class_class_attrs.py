# Class attributes shared between instances vs instance attributes.
class Shared:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.items is b.items, a.count, b.count, Shared.count)
print('count' in vars(a), 'items' in vars(a))
Shared.count = 100
c = Shared()
print(c.count, a.count)
del a.count
print(a.count)
class Config:
    defaults = {'debug': False}
    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        self.settings.update(overrides)
print(Config(debug=True).settings, Config().settings, Config.defaults)
class Base:
    kind = 'base'
class Derived(Base):
    pass
Base.kind = 'changed'
print(Derived.kind)
Derived.kind = 'own'
print(Base.kind, Derived.kind, 'kind' in vars(Derived))
class Constants:
    PI = 3.14
    TAU = PI * 2
    NAMES = [n for n in ('a', 'b')]
print(Constants.TAU, Constants.NAMES)
