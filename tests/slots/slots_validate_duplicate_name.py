# A plain slot listed twice: CPython accepts it? Observe.
try:
    class P:
        __slots__ = ('a', 'a')
    p = P()
    p.a = 1
    print('accepted', p.a)
except Exception as e:
    print(type(e).__name__, e)
