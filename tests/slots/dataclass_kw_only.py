# KW_ONLY, kw_only= and __match_args__ (3.10+; absent before).
import dataclasses
from dataclasses import dataclass, field

if not hasattr(dataclasses, 'KW_ONLY'):
    print('no KW_ONLY')
    try:
        field(kw_only=True)
    except TypeError as e:
        print('TypeError:', e)
else:
    @dataclass
    class P:
        x: int
        _: dataclasses.KW_ONLY
        y: int = 0
        z: int = field(default=1, kw_only=False)

    print(P(1, 2, y=3), P.__match_args__)
    try:
        P(1, 2, 3)
    except TypeError as e:
        print('TypeError:', e)

    @dataclass(kw_only=True)
    class Q:
        a: int
        b: int = 2
    print(Q(a=1), Q.__match_args__)
    try:
        Q(1)
    except TypeError as e:
        print('TypeError:', e)
