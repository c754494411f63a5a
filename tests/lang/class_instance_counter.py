# Class-level state managed by classmethods; object identity semantics.
class Widget:
    _registry = {}
    _next_id = 1
    def __init__(self, name):
        self.id = Widget._next_id
        Widget._next_id += 1
        self.name = name
        Widget._registry[self.id] = self
    @classmethod
    def get(cls, wid):
        return cls._registry.get(wid)
    @classmethod
    def count(cls):
        return len(cls._registry)
    def __repr__(self):
        return f'Widget#{self.id}({self.name})'
w1 = Widget('button')
w2 = Widget('slider')
w3 = Widget('label')
print(Widget.count(), Widget.get(2), Widget.get(9), w1.get(3))
print(sorted(Widget._registry.items()))
del Widget._registry[2]
print(Widget.count(), list(Widget._registry.values()))
same = Widget.get(1)
print(same is w1, same == w1, Widget('x') == Widget('x'))
objs = [Widget(str(i)) for i in range(3)]
print(objs, Widget._next_id)
