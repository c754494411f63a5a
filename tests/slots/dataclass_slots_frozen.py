# frozen dataclass with slots.
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True, slots=True)
class P:
    x: int
    y: int

p = P(1, 2)
print(p, hash(p) == hash(P(1, 2)))
try:
    p.x = 5
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
p.y = 9
