# dataclass without slots has an instance __dict__.
from dataclasses import dataclass, field

@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = P(1)
print(p)
print(vars(p))
p.z = 3
print(p.z, hasattr(P, '__slots__'))
