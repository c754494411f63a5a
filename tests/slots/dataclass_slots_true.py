# dataclass(slots=True): 3.10+ only.
from dataclasses import dataclass

@dataclass(slots=True)
class P:
    x: int
    y: int = 0

p = P(1, 2)
print(p, P.__slots__)
print(hasattr(p, '__dict__'))
p.z = 3
