# type(), __name__, __class__, __bases__, __dict__ of instances.
class Animal:
    pass
class Dog(Animal):
    def __init__(self):
        self.legs = 4
d = Dog()
print(type(d).__name__, d.__class__.__name__, type(d) is Dog, Dog.__name__)
print([b.__name__ for b in Dog.__bases__], Animal.__bases__, object.__bases__)
print(d.__dict__, type(d.__dict__).__name__)
d.__dict__['tail'] = True
print(d.tail, vars(d))
for value in (1, 'a', 2.0, [], {}, (), None, True, Dog, d, len, range(1)):
    print(type(value).__name__, end=' ')
print()
print(type(Dog).__name__, type(type).__name__, Dog.__class__.__name__)
print(isinstance(Dog, type), isinstance(d, type), Dog.__module__)
T = type(d)
e = T()
print(type(e).__name__, e.legs)
print(int.__name__, str.__name__, type(None).__name__, bool.__name__)
class WithDoc:
    """A documented class."""
print(WithDoc.__doc__, Dog.__doc__)
