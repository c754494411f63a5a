# Helper for the tracemalloc tests: traced bytes of building N objects, with
# gc.collect() and warm-ups before start() and a preallocated holder list.
import gc, sys, tracemalloc

def build(make, n, warm=40):
    """Return (traced bytes for n calls of make(), holder, warm objects)."""
    keep = [make() for _ in range(warm)]
    holder = [None] * n
    it = iter(range(n))
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    for i in it:
        holder[i] = make()
    cur = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return cur - base, holder, keep

def per(make, n=10000, warm=40):
    return build(make, n, warm)[0] // n

def make_class(n, name='C', base=None, slots=None, value='None'):
    """A class whose __init__ sets n attributes a0..a(n-1) to `value`."""
    src = 'class %s%s:\n' % (name, '(Base)' if base is not None else '')
    if slots is not None:
        src += '    __slots__ = %r\n' % (tuple(slots),)
    src += '    def __init__(self):\n'
    src += ''.join('        self.a%d = %s\n' % (i, value) for i in range(n)) or '        pass\n'
    ns = {'Base': base}
    exec(src, ns)
    return ns[name]
