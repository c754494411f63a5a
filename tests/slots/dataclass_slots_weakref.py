# dataclass(slots=True, weakref_slot=True): 3.11+.
import weakref
from dataclasses import dataclass

@dataclass(slots=True, weakref_slot=True)
class P:
    x: int

p = P(1)
r = weakref.ref(p)
print(r() is p, P.__slots__)
