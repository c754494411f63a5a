# @property with setter and deleter.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f'too cold: {value}')
        self._c = value
    @celsius.deleter
    def celsius(self):
        print('deleting')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit, t._c)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print('AttributeError:', e)
del t.celsius
print(hasattr(t, '_c'))
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls, type(Lazy.value).__name__)
class Child(Temperature):
    @property
    def kelvin(self):
        return self.celsius + 273.15
print(Child(0).kelvin, Child(-273.15).kelvin)
