# dataclass(slots=True) with field() defaults.
from dataclasses import dataclass, field, fields

@dataclass(slots=True)
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)

i = Inv('box')
i.items.append('a')
print(i, i.count)
print([f.name for f in fields(i)])
print(Inv.__slots__)
print(type(Inv.__dict__['name']).__name__)
