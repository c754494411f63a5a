# Plain class, n attributes, obj.__dict__ touched at the end of __init__.
from _meas import per
for n in (0, 1, 2, 3, 5, 8, 10):
    src = 'class C:\n    def __init__(self):\n'
    src += ''.join('        self.a%d = None\n' % i for i in range(n))
    src += '        self.__dict__\n'
    ns = {}
    exec(src, ns)
    print(n, per(ns['C']))
