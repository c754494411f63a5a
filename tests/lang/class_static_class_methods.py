# staticmethod and classmethod.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split('-'))
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date):
    pass
print(Date.from_string('2024-02-29'), MyDate.from_string('1999-12-31'))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), MyDate.is_leap(2023))
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)
    @classmethod
    def name(cls):
        return cls.__name__
class SubRegistry(Registry):
    items = []
print(Registry.add('a'), SubRegistry.add('b'), Registry().add('c'), Registry.items, SubRegistry.items)
print(Registry.name(), SubRegistry.name(), SubRegistry().name())
print(type(Date.__dict__['is_leap']).__name__, type(Date.__dict__['from_string']).__name__)
f = Date.is_leap
print(f(2400), callable(Date.from_string))
