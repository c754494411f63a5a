# AttributeError on an int.
n = 5
print(n.bit_length(), n.real, n + 1)
print(hasattr(n, 'foo'), getattr(n, 'foo', 'default'))
print(type(n).__name__)
print((255).bit_length())
print(n.to_bytes is not None, (7).bit_count())
print('accessing (5).foo')
print((5).foo)
print('never reached')
