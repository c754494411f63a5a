# dataclass(slots=True) inheritance.
from dataclasses import dataclass

@dataclass(slots=True)
class Base:
    a: int

@dataclass(slots=True)
class Sub(Base):
    b: int

s = Sub(1, 2)
print(s, Base.__slots__, Sub.__slots__)
print(hasattr(s, '__dict__'))
s.c = 3
