# Slots ('a', '__dict__'): a set plus n extra attributes in the dict
# (3.13: no inline values for such classes).
from _meas import per
for n in (1, 2, 3, 5, 8):
    src = 'class C:\n    __slots__ = ("a", "__dict__")\n    def __init__(self):\n        self.a = None\n'
    src += ''.join('        self.d%d = None\n' % i for i in range(n))
    ns = {}
    exec(src, ns)
    print(n, per(ns['C']))
