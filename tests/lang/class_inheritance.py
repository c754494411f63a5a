# Single inheritance, overriding, super().__init__.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def describe(self):
        return f'{type(self).__name__}: {self.speak()}'
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + '!' * self.age
class Cat(Animal):
    def speak(self):
        return self.name + ' ignores you'
for a in [Animal('generic'), Dog('rex'), Puppy('bit', 3), Cat('tom')]:
    print(a.describe())
p = Puppy('max', 1)
print(isinstance(p, Dog), isinstance(p, Cat), issubclass(Puppy, Animal), vars(p))
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__, Animal.__bases__[0].__name__)
print(Puppy.sound, Animal.speak(p), Dog.speak(p))
class Base:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
class Logged(Base):
    def add(self, x):
        print('adding', x)
        return super().add(x)
print(Logged().add(1).add(2).items)
