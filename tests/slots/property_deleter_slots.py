# property deleter deleting the backing slot.
class P:
    __slots__ = ('_v',)
    @property
    def v(self):
        return self._v
    @v.deleter
    def v(self):
        print('deleting')
        del self._v

p = P()
p._v = 1
print(p.v)
del p.v
print(hasattr(p, '_v'))
p.v
