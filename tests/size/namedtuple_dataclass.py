# namedtuple instances are tuples; dataclass(slots=True) exists from 3.10.
import sys
from collections import namedtuple
from dataclasses import dataclass
P = namedtuple('P', 'x y')
p = P(1, 2)
print('namedtuple', sys.getsizeof(p), P.__basicsize__, P.__itemsize__, P.__dictoffset__)
@dataclass
class D:
    x: int
    y: int
keep = [D(1, 2) for i in range(40)]
d = D(1, 2)
print('dataclass', sys.getsizeof(d), sys.getsizeof(d.__dict__))
try:
    exec('@dataclass(slots=True)\nclass DS:\n    x: int\n    y: int\n')
    print('slots dataclass', sys.getsizeof(DS(1, 2)), DS.__basicsize__)
except TypeError as e:
    print('TypeError', e)
