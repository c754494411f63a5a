# Helper: the class zoo of the reference document (section 2.3) and a printer.
import sys

HAVE_GC = 1 << 14
MANAGED_DICT = 1 << 4
MANAGED_WEAKREF = 1 << 3
INLINE_VALUES = 1 << 2

def flags(c):
    f = c.__flags__
    return 'gc=%d md=%d mw=%d iv=%d' % (bool(f & HAVE_GC), bool(f & MANAGED_DICT),
                                        bool(f & MANAGED_WEAKREF), bool(f & INLINE_VALUES))

def layout(c):
    return '%s basic=%d item=%d dictoff=%d weakoff=%d %s' % (
        c.__name__, c.__basicsize__, c.__itemsize__, c.__dictoffset__,
        c.__weakrefoffset__, flags(c))

def show(c, *args):
    o = c(*args)
    print(layout(c), 'size=%d' % sys.getsizeof(o), 'sizeof=%d' % o.__sizeof__())

class Plain: pass
class S0: __slots__ = ()
class S0b: __slots__ = ()
class S1: __slots__ = ('a',)
class S2: __slots__ = ('a', 'b')
class S3: __slots__ = ('a', 'b', 'c')
class S5: __slots__ = tuple('abcde')
class S8: __slots__ = tuple('abcdefgh')
class SD: __slots__ = ('__dict__',)
class SW: __slots__ = ('__weakref__',)
class SDW: __slots__ = ('__dict__', '__weakref__')
class SWD: __slots__ = ('__weakref__', '__dict__')
class S1D: __slots__ = ('a', '__dict__')
class S1W: __slots__ = ('a', '__weakref__')
class S1DW: __slots__ = ('a', '__dict__', '__weakref__')
class S2Sub(S2): pass
class S2Empty(S2): __slots__ = ()
class S2More(S2): __slots__ = ('c',)
class S2MoreSub(S2More): pass
class S2D(S2): __slots__ = ('__dict__',)
class S2W(S2): __slots__ = ('__weakref__',)
class S0Sub(S0): pass
class PlainSlots(Plain): __slots__ = ('x',)
class PlainEmpty(Plain): __slots__ = ()
class SDSub(SD): pass
class SWSub(SW): pass
class SWD2(SW): __slots__ = ('__dict__',)
class M00(S0, S0b): __slots__ = ()
class M00d(S0, S0b): pass
class M2_0(S2, S0): __slots__ = ()
class M0_2(S0, S2): __slots__ = ()
class MP0(Plain, S0): pass
class M2P(S2, Plain): pass
class MP2(Plain, S2): pass
class M2P0(S2, Plain): __slots__ = ()
class M1Pz(S1, Plain): __slots__ = ('z',)
