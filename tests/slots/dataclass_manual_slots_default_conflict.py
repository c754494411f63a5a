# A default value conflicts with a hand-written slot.
from dataclasses import dataclass

@dataclass
class P:
    __slots__ = ('x',)
    x: int = 0
