# Helper: build classes whose __init__ sets n attributes.
def make_class(n, name='C', base=None, slots=None, value='None'):
    src = 'class %s%s:\n' % (name, '(Base)' if base is not None else '')
    if slots is not None:
        src += '    __slots__ = %r\n' % (tuple(slots),)
    src += '    def __init__(self):\n'
    body = ''.join('        self.a%d = %s\n' % (i, value) for i in range(n))
    src += body or '        pass\n'
    ns = {'Base': base}
    exec(src, ns)
    return ns[name]
