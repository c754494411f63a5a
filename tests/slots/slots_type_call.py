# Creating slotted classes with type().
P = type('P', (), {'__slots__': ('a', 'b'), 'total': lambda self: self.a + self.b})
p = P()
p.a, p.b = 2, 3
print(p.total(), P.__slots__)
print(P.__name__, type(P.a).__name__)
p.c = 1
