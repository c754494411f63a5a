# gc.get_referents of instances: what each layout points to.
import gc
class Plain:
    def __init__(self):
        self.a = 'A'
class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 'A'
p = Plain()
s = S()
def names(objs):
    return sorted(type(o).__name__ if not isinstance(o, str) else repr(o) for o in objs)
print('plain', names(gc.get_referents(p)))
p.__dict__
print('plain after __dict__', names(gc.get_referents(p)))
print('slotted', names(gc.get_referents(s)))
print('list', names(gc.get_referents([1, 'x', None])))
print('referrers', len(gc.get_referrers(s)) >= 1)
