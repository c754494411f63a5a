# Layout of slotted classes of the zoo: basicsize, offsets, flag bits, instance size.
from _zoo import *
for c in (S0, S1, S2, S3, S5, S8, S2Empty, S2More, M00, M2_0, M0_2):
    show(c)
