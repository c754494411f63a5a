# __slots__ as a single string names one slot.
class P:
    __slots__ = 'value'

p = P()
p.value = 3
print(p.value)
print(P.__slots__)
print(type(P.__dict__['value']).__name__)
print(hasattr(P, 'v'), hasattr(P, 'a'))
p.v = 1
