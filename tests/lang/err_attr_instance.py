# AttributeError on a user instance, with a "Did you mean" suggestion.
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def greet(self):
        return 'hi ' + self.name
p = Person('ann', 30)
print(p.greet(), p.age)
print(hasattr(p, 'nmae'))
print('reading p.nmae')
print(p.nmae)
