# frozen dataclass without slots.
from dataclasses import dataclass

@dataclass(frozen=True)
class P:
    x: int

p = P(1)
print(p, vars(p))
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 2
