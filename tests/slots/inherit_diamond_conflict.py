# Diamond where both sides add slots.
class Root:
    __slots__ = ('r',)
class L(Root):
    __slots__ = ('l',)
class R(Root):
    __slots__ = ('rr',)
class D(L, R):
    pass
