# Layout of classes with __dict__ / __weakref__ slots and plain classes.
from _zoo import *
for c in (Plain, PlainEmpty, SD, SW, SDW, SWD, S1D, S1W, S1DW):
    show(c)
