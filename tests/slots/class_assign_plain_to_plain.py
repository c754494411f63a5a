# __class__ assignment between plain classes keeps __dict__.
class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'

a = A()
a.v = 1
a.__class__ = B
print(a.who(), a.v, vars(a))
try:
    a.__class__ = 5
except TypeError as e:
    print('TypeError:', e)
