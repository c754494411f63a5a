# __delattr__ with slots.
class P:
    __slots__ = ('x',)
    def __delattr__(self, name):
        print('del', name)
        super().__delattr__(name)

p = P()
p.x = 1
del p.x
print(hasattr(p, 'x'))
del p.x
