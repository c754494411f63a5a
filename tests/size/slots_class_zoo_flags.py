# Only the flag bits that matter, for the whole zoo (HAVE_GC, MANAGED_DICT,
# MANAGED_WEAKREF, INLINE_VALUES).
import _zoo
from _zoo import flags
names = ['Plain', 'S0', 'S1', 'S2', 'SD', 'SW', 'SDW', 'S1D', 'S1W', 'S1DW', 'S2Sub', 'S2Empty',
         'S2More', 'S2MoreSub', 'S2D', 'S2W', 'S0Sub', 'PlainSlots', 'PlainEmpty', 'SDSub',
         'SWSub', 'SWD2', 'M00', 'M00d', 'M2_0', 'MP0', 'M2P', 'M2P0', 'M1Pz']
for n in names:
    print(n, flags(getattr(_zoo, n)))
for t in (object, int, list, dict, type, tuple, str, float, bytes, set):
    print(t.__name__, flags(t))
