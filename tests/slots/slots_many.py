# A class with many slots.
names = tuple(f'f{i}' for i in range(50))
Big = type('Big', (), {'__slots__': names})
b = Big()
for i, n in enumerate(names):
    setattr(b, n, i * i)
print(sum(getattr(b, n) for n in names))
print(len([k for k in vars(Big) if k.startswith('f')]))
del b.f25
print(hasattr(b, 'f25'), b.f26)
