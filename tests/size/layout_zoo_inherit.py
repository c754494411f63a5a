# Layout of subclasses: forgetting __slots__, adding dict/weakref, mixing with Plain.
from _zoo import *
for c in (S2Sub, S2MoreSub, S2D, S2W, S0Sub, PlainSlots, SDSub, SWSub, SWD2, M00d, MP0, M2P, MP2, M2P0, M1Pz):
    show(c)
