# dataclass(slots=True) without weakref_slot cannot be weakly referenced.
import weakref
from dataclasses import dataclass

@dataclass(slots=True)
class P:
    x: int

weakref.ref(P(1))
