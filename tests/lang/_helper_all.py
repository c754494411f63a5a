# Helper module with __all__ (not a test itself).
__all__ = ['exported', 'ALSO']
exported = 'in __all__'
ALSO = 2
not_exported = 'not in __all__'
def _hidden():
    return 'hidden'
