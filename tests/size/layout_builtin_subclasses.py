# Layout of subclasses of built-in types, with and without __slots__.
from _zoo import *
class IntSub(int): pass
class IntSub0(int): __slots__ = ()
class TupSub(tuple): pass
class TupSub0(tuple): __slots__ = ()
class BytesSub(bytes): pass
class StrSub(str): pass
class StrSub0(str): __slots__ = ()
class StrSub1(str): __slots__ = ('tag',)
class ListSub(list): pass
class ListSub1(list): __slots__ = ('a',)
class DictSub(dict): pass
class FloatSub(float): pass
class FloatSub1(float): __slots__ = ('a',)
class ExcSub(Exception): pass
class SetSub(set): pass
class ObjSub(object): pass
show(IntSub, 5)
show(IntSub0, 5)
show(TupSub, (1, 2))
show(TupSub0, (1, 2))
show(BytesSub, b'ab')
show(StrSub, 'ab')
show(StrSub0, 'ab')
show(StrSub1, 'ab')
show(ListSub)
show(ListSub1)
show(DictSub)
show(FloatSub, 1.5)
show(FloatSub1, 1.5)
show(ExcSub)
show(SetSub)
show(ObjSub)
