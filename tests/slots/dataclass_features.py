# dataclass features beyond slots: order, hash, replace, asdict, InitVar.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, make_dataclass, InitVar, MISSING,
                         FrozenInstanceError)

@dataclass(order=True, unsafe_hash=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False, hash=False)
    note: str = field(default='', repr=False, metadata={'unit': 'none'})

a = Version(1, 2)
b = Version(1, 3, ['x'])
print(a, b, a < b, a == Version(1, 2, ['y']), hash(a) == hash(Version(1, 2)))
print(sorted([b, a]) == [a, b], [f.name for f in fields(a)], fields(Version)[3].metadata['unit'])
print(asdict(b), astuple(b))
print(replace(a, minor=9), is_dataclass(a), is_dataclass(Version), is_dataclass(1))
print(Version.__init__.__qualname__ if hasattr(Version.__init__, '__qualname__') else '')
print(Version.__doc__)
try:
    Version()
except TypeError as e:
    print('TypeError:', e)
try:
    a < 1
except TypeError as e:
    print('TypeError:', e)

@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale

w = WithInit(3)
print(w, fields(w)[0].name, repr(InitVar[int]))

try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)
try:
    fields(1)
except TypeError as e:
    print('TypeError:', e)

Pt = make_dataclass('Pt', ['x', ('y', int), ('z', int, field(default=5))])
print(Pt(1, 2), Pt.__annotations__)

@dataclass(frozen=True)
class F:
    v: int
f = F(1)
try:
    f.v = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
print(hash(f) == hash(F(1)), F.__hash__ is not None)
