# isinstance and issubclass, with tuples of classes.
class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
class Puppy(Dog): pass
p = Puppy()
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, object))
print(isinstance(p, (Cat, Dog)), isinstance(p, (Cat, int)), isinstance(p, ()), isinstance(p, (Cat, (int, Animal))))
print(issubclass(Puppy, Animal), issubclass(Dog, Puppy), issubclass(Dog, Dog), issubclass(Dog, (Cat, Animal)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (float, str)), isinstance(1.0, (int, float)))
print(isinstance('s', str), isinstance([], (list, tuple)), isinstance((), list), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(int, type))
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(IndentationError, SyntaxError))
print(isinstance({}.keys(), object), isinstance(range(1), range), isinstance(slice(1), slice))
def kind(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, (int, float)):
        return 'number'
    if isinstance(x, (str, bytes)):
        return 'text'
    if isinstance(x, (list, tuple, set, frozenset, dict)):
        return 'collection'
    return 'other'
print([kind(v) for v in [True, 3, 2.5, 's', b'b', [1], {}, None, Dog()]])
try:
    isinstance(p, 'Dog')
except TypeError as e:
    print('TypeError:', e)
