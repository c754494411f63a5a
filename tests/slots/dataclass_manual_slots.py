# dataclass with a hand-written __slots__ (no defaults).
from dataclasses import dataclass

@dataclass
class P:
    __slots__ = ('x', 'y')
    x: int
    y: int

p = P(1, 2)
print(p, P.__slots__)
p.z = 3
