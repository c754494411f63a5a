# Function attributes and introspection.
def documented(a, b=2, *args, c=3, **kw):
    """Return a sum."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__defaults__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc(), type(nodoc).__name__)
documented.custom = 'attached'
print(documented.custom, hasattr(documented, 'custom'), getattr(nodoc, 'custom', 'absent'))
print(callable(documented), callable(documented.__name__))
lam = lambda: 0
print(lam.__name__, (lambda x=1: x).__defaults__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__, documented.__qualname__)
class K:
    def m(self):
        pass
print(K.m.__name__, K.m.__qualname__, K().m.__name__)
print(print.__name__, len.__name__, documented(1))
