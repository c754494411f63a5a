# Pre-3.11 the class's shared keys grow with the attributes of the first instance;
# 3.11+ the shared keys have a fixed size.
import sys
def make(n):
    ns = {}
    src = 'class C:\n    def __init__(self):\n'
    src += ''.join('        self.a%d = %d\n' % (i, i) for i in range(n)) or '        pass\n'
    exec(src, ns)
    return ns['C']
for n in (0, 1, 5, 6, 10, 11, 21, 22, 30):
    C = make(n)
    before = sys.getsizeof(C)
    C()
    print(n, before, sys.getsizeof(C))
